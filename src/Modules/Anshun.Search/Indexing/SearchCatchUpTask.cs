using Anshun.Core.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anshun.Search.Indexing;

/// <summary>Polls the task log every <c>Anshun:Search:CatchUpInterval</c> (default 1 s): other nodes' changes reach this node's index.</summary>
public sealed class SearchCatchUpTask(IOptions<SearchOptions> options) : IBackgroundTask
{
    public string Name => "Search.CatchUp";

    public TimeSpan Interval => options.Value.CatchUpInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SearchCatchUp>().RunAsync(cancellationToken);
}
