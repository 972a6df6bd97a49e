using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Core.Settings;
using Anshun.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Caching;

/// <summary>
/// Change topics across nodes: the node that signals sees the new generation at once, another node on the
/// same database after its next stamp read (at most once a second), and a rolled-back change is never seen.
/// "Another node" is a second <see cref="ChangeSignalState"/>, which is all a node's side of a topic is.
/// </summary>
public sealed class ChangeSignalsTests
{
    private const string Topic = "test.topic";

    [Fact]
    public async Task SignallingNodeSeesTheChangeAtOnceAndAnotherNodeWithinTheCheckInterval()
    {
        await using var host = new KernelHost();
        var otherNode = new ChangeSignalState();
        var before = await host.InScopeAsync(sp => Signals(sp).GetGenerationAsync(Topic));
        var otherBefore = await host.InScopeAsync(sp => OtherNode(sp, otherNode, host).GetGenerationAsync(Topic));

        await host.InScopeAsync(async sp =>
        {
            await Signals(sp).SignalAsync(Topic);
            return 0;
        });

        Assert.True(await host.InScopeAsync(sp => Signals(sp).GetGenerationAsync(Topic)) > before);
        Assert.Equal(otherBefore, await host.InScopeAsync(sp => OtherNode(sp, otherNode, host).GetGenerationAsync(Topic)));

        host.Time.Advance(ChangeSignalState.CheckInterval);
        Assert.True(await host.InScopeAsync(sp => OtherNode(sp, otherNode, host).GetGenerationAsync(Topic)) > otherBefore);
    }

    [Fact]
    public async Task ASignalInARolledBackTransactionNeverReachesOtherNodes()
    {
        await using var host = new KernelHost();
        var otherNode = new ChangeSignalState();
        var otherBefore = await host.InScopeAsync(sp => OtherNode(sp, otherNode, host).GetGenerationAsync(Topic));

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await Signals(scope.ServiceProvider).SignalAsync(Topic);
        }

        host.Time.Advance(ChangeSignalState.CheckInterval);
        Assert.Equal(otherBefore, await host.InScopeAsync(sp => OtherNode(sp, otherNode, host).GetGenerationAsync(Topic)));
    }

    [Fact]
    public async Task ASettingChangedInOneRequestIsReadByTheNextAndObjectsAreNotShared()
    {
        await using var host = new KernelHost();
        var first = await host.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync<SiteSettingsModel>("Site"));
        first.SiteName = "被调用方改掉的副本";

        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ISiteSettings>().SetAsync("Site", new SiteSettingsModel { SiteName = "安顺市政府" });
            return 0;
        });

        var second = await host.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync<SiteSettingsModel>("Site"));
        Assert.Equal("安顺市政府", second.SiteName);
        second.SiteName = "又改了一次";
        var third = await host.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync<SiteSettingsModel>("Site"));
        Assert.Equal("安顺市政府", third.SiteName);
    }

    private static IChangeSignals Signals(IServiceProvider services) => services.GetRequiredService<IChangeSignals>();

    private static ChangeSignals OtherNode(IServiceProvider services, ChangeSignalState state, KernelHost host) =>
        new(state, services.GetRequiredService<Deferred<CoreDbContext>>(), host.Time);
}
