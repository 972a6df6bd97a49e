using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Anshun.Core.Background;

/// <summary>
/// Runs every registered <see cref="IBackgroundTask"/> in its own loop: run, then wait the task's
/// interval on <see cref="TimeProvider"/> (so a test advancing a fake clock triggers the next run).
/// Each run gets a fresh DI scope; a failing run is logged and retried after the interval, never
/// stopping the host. Disabled with <c>Anshun:Background:Enabled=false</c>.
/// </summary>
public sealed class BackgroundTaskHost(
    IEnumerable<IBackgroundTask> tasks,
    IServiceScopeFactory scopeFactory,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<BackgroundTaskHost> logger) : BackgroundService
{
    public const string EnabledKey = "Anshun:Background:Enabled";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledKey, defaultValue: true))
        {
            logger.LogInformation("Background tasks are disabled by configuration ({Key}).", EnabledKey);
            return Task.CompletedTask;
        }

        return Task.WhenAll(tasks.Select(task => Task.Run(() => LoopAsync(task, stoppingToken), CancellationToken.None)));
    }

    private async Task LoopAsync(IBackgroundTask task, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(task, stoppingToken);
            try
            {
                await Task.Delay(task.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(IBackgroundTask task, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await task.RunAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-run: the run's transaction rolls back and the next start repeats it.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Background task {Task} failed; it runs again after its interval.", task.Name);
        }
    }
}
