using Anshun.Core.Background;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Core.Tests.Background;

public sealed class BackgroundTaskHostTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunsEachTaskAtOnceAndAgainAfterItsIntervalInAFreshScope()
    {
        var task = new CountingTask(TimeSpan.FromMinutes(1));
        var host = CreateHost(task);

        await host.StartAsync(CancellationToken.None);
        await WaitForAsync(() => task.Runs >= 1);
        _time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(100);
        Assert.Equal(1, task.Runs);

        await AdvanceUntilAsync(() => task.Runs >= 3, TimeSpan.FromMinutes(1));
        await host.StopAsync(CancellationToken.None);

        Assert.Equal(task.Scopes.Count, task.Scopes.Distinct().Count());
    }

    [Fact]
    public async Task AFailingRunIsLoggedAndTheTaskRunsAgain()
    {
        var task = new CountingTask(TimeSpan.FromSeconds(30)) { FailFirstRuns = 2 };
        var host = CreateHost(task);

        await host.StartAsync(CancellationToken.None);
        await AdvanceUntilAsync(() => task.Runs >= 3, TimeSpan.FromSeconds(30));
        await host.StopAsync(CancellationToken.None);

        Assert.True(task.Runs >= 3);
    }

    [Fact]
    public async Task DisabledByConfigurationRunsNothing()
    {
        var task = new CountingTask(TimeSpan.FromSeconds(1));
        var host = CreateHost(task, new Dictionary<string, string?> { [BackgroundTaskHost.EnabledKey] = "false" });

        await host.StartAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(200);
        await host.StopAsync(CancellationToken.None);

        Assert.Equal(0, task.Runs);
    }

    private BackgroundTaskHost CreateHost(IBackgroundTask task, Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddScoped<ScopeMarker>().BuildServiceProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return new BackgroundTaskHost([task], services.GetRequiredService<IServiceScopeFactory>(), _time, configuration,
            NullLogger<BackgroundTaskHost>.Instance);
    }

    private async Task AdvanceUntilAsync(Func<bool> done, TimeSpan step)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            _time.Advance(step);
            await Task.Delay(25);
        }

        Assert.True(done());
    }

    private static async Task WaitForAsync(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(done());
    }

    private sealed class ScopeMarker;

    private sealed class CountingTask(TimeSpan interval) : IBackgroundTask
    {
        private int _runs;

        public int FailFirstRuns { get; init; }

        public int Runs => Volatile.Read(ref _runs);

        public List<object> Scopes { get; } = [];

        public string Name => "Test.Counting";

        public TimeSpan Interval => interval;

        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            lock (Scopes)
            {
                Scopes.Add(services.GetRequiredService<ScopeMarker>());
            }

            var run = Interlocked.Increment(ref _runs);
            return run <= FailFirstRuns ? throw new InvalidOperationException("boom") : Task.CompletedTask;
        }
    }
}
