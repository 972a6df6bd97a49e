using Anshun.Core.Background;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Runs the catch-up as soon as <see cref="SearchIndexNudge"/> is signalled (a local commit wrote tasks),
/// between the polls of <see cref="SearchCatchUpTask"/>. Off with the background host
/// (<c>Anshun:Background:Enabled=false</c>).
/// </summary>
public sealed class SearchNudgeListener(
    SearchIndexNudge nudge,
    IServiceScopeFactory scopeFactory,
    IConfiguration configuration,
    ILogger<SearchNudgeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(BackgroundTaskHost.EnabledKey, defaultValue: true))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await nudge.WaitAsync(stoppingToken);
                await using var scope = scopeFactory.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Applying local search index tasks failed; the next poll retries.");
            }
        }
    }
}
