using Anshun.Core.Background;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Indexing;

/// <summary>Prunes the task log every six hours (tasks are kept 14 days and until every live node has passed them).</summary>
public sealed class SearchPruneTask : IBackgroundTask
{
    public string Name => "Search.PruneTasks";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<SearchTaskPruner>().PruneAsync(cancellationToken);
}
