using Anshun.Core.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anshun.Search.Indexing;

/// <summary>
/// Looks every <c>Anshun:Search:CatchUpInterval</c> for a rebuild the catch-up has reached and runs it in its
/// own loop, so the live index keeps being fed meanwhile. An interrupted rebuild resumes on the next run.
/// </summary>
public sealed class SearchRebuildTask(IOptions<SearchOptions> options, ILogger<SearchRebuildTask> logger) : IBackgroundTask
{
    public string Name => "Search.Rebuild";

    public TimeSpan Interval => options.Value.CatchUpInterval;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<SearchRebuilder>().RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Rebuilding the search index failed; it resumes on the next run.");
            services.GetRequiredService<SearchNodeIndex>().RecordError($"重建索引中断，稍后将从中断处继续：{ex.Message}");
        }
    }
}
