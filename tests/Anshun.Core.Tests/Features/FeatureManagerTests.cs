using Anshun.Core.Data;
using Anshun.Core.Features;
using Anshun.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Features;

/// <summary>Modules of <see cref="TestModules.Sample"/>: Platform (always on) ← Org ← Users ← Mail; Themes (always on); News.</summary>
public sealed class FeatureManagerTests
{
    [Fact]
    public async Task NewDatabaseHasNoStoredState()
    {
        await using var host = new KernelHost();

        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().GetStoredEnabledAsync());

        Assert.Null(stored);
    }

    [Fact]
    public async Task EnablingAModuleEnablesWhatItDependsOn()
    {
        await using var host = new KernelHost();

        var changed = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Mail"]));

        Assert.Equal(["Mail", "Org", "Users"], changed.Order(StringComparer.Ordinal));
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().GetStoredEnabledAsync());
        Assert.Equal(["Mail", "Org", "Platform", "Themes", "Users"], stored!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FirstWriteRecordsEveryModuleWithTimeOfChange()
    {
        await using var host = new KernelHost();

        await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["News"]));

        var states = await host.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Features.AsNoTracking().ToListAsync());
        Assert.Equal(host.Catalog.Modules.Count, states.Count);
        Assert.False(states.Single(s => s.ModuleId == "Mail").Enabled);
        Assert.True(states.Single(s => s.ModuleId == "News").Enabled);
        Assert.All(states, s => Assert.Equal(host.Time.GetUtcNow().UtcDateTime, s.ChangedUtc));
    }

    [Fact]
    public async Task DisablingAModuleDisablesEveryModuleThatNeedsIt()
    {
        await using var host = new KernelHost(enabledModules: ["Mail", "News"]);
        await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Mail", "News"]));

        var changed = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Org"]));

        Assert.Equal(["Mail", "Org", "Users"], changed.Order(StringComparer.Ordinal));
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().GetStoredEnabledAsync());
        Assert.Equal(["News", "Platform", "Themes"], stored!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DisablingThenEnablingKeepsOtherModulesAsTheyWere()
    {
        await using var host = new KernelHost(enabledModules: ["Users", "News"]);
        await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["News"]));

        var changed = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["News"]));

        Assert.Equal(["News"], changed);
        var stored = await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().GetStoredEnabledAsync());
        Assert.Equal(["News", "Org", "Platform", "Themes", "Users"], stored!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AlwaysEnabledModuleCannotBeDisabled()
    {
        await using var host = new KernelHost();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Themes"])));

        Assert.Equal("模块“Themes 模块”是平台必需模块，不能停用。", error.Message);
        Assert.Null(await host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().GetStoredEnabledAsync()));
    }

    [Fact]
    public async Task ModuleThatAnAlwaysEnabledModuleNeedsCannotBeDisabled()
    {
        var modules = new[] { TestModules.Module("Base"), TestModules.AlwaysEnabled("Shell", "Base") };
        await using var host = new KernelHost(modules);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Base"])));

        Assert.Equal("平台必需模块“Shell 模块”依赖“Base 模块”，不能停用。", error.Message);
    }

    [Fact]
    public async Task UnknownModuleIsRefused()
    {
        await using var host = new KernelHost();

        var enable = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Nope"])));
        var disable = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.InScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Nope"])));

        Assert.StartsWith("模块 Nope 不存在。", enable.Message);
        Assert.StartsWith("模块 Nope 不存在。", disable.Message);
    }
}
