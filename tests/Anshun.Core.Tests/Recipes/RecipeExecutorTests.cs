using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Recipes;
using Anshun.Core.Settings;
using Anshun.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    [Fact]
    public async Task AppliesEveryStepAndRecordsTheRecipeInTheAuditLog()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("basic", """
            {
              "name": "basic",
              "displayName": "基础配方",
              "steps": [
                { "name": "settings", "Site": { "siteName": "安顺市政府办公信息系统" } },
                { "name": "sample", "names": ["甲", "乙"] }
              ]
            }
            """);

        await ExecuteAsync(host, recipe);

        Assert.Equal("安顺市政府办公信息系统", (await ReadSiteAsync(host)).SiteName);
        Assert.Equal(["乙", "甲"], (await ReadSampleNamesAsync(host)).Order(StringComparer.Ordinal));
        var entry = Assert.Single(host.Audit.Entries);
        Assert.Equal(AuditEventTypes.RecipeExecuted, entry.EventType);
        Assert.Equal("basic", entry.Target);
    }

    [Fact]
    public async Task LiteralAndConfiguredVariablesAreSubstituted()
    {
        await using var host = new KernelHost(configuration: new Dictionary<string, string?>
        {
            ["Anshun:Setup:SiteName"] = "安顺内网门户",
        });
        var recipe = await host.WriteRecipeAsync("vars", """
            {
              "name": "vars",
              "variables": {
                "city": "安顺",
                "siteName": { "config": "Anshun:Setup:SiteName", "required": true },
                "copyright": { "config": "Anshun:Setup:Copyright", "default": "市政府办公室" }
              },
              "steps": [
                { "name": "settings", "Site": { "siteName": "[[siteName]]（[[ city ]]）", "copyright": "[[copyright]] 主办" } }
              ]
            }
            """);

        await ExecuteAsync(host, recipe);

        var site = await ReadSiteAsync(host);
        Assert.Equal("安顺内网门户（安顺）", site.SiteName);
        Assert.Equal("市政府办公室 主办", site.Copyright);
    }

    [Fact]
    public async Task MissingRequiredVariableNamesTheEnvironmentVariableAndChangesNothing()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("needs-password", """
            {
              "name": "needs-password",
              "variables": { "demoPassword": { "config": "Anshun:Setup:DemoPassword", "required": true, "description": "示例用户密码" } },
              "steps": [ { "name": "settings", "Site": { "siteName": "[[demoPassword]]" } } ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 needs-password 需要变量“示例用户密码”：请设置环境变量 Anshun__Setup__DemoPassword。", error.Message);
        Assert.Equal(0, await CountSettingsAsync(host));
        Assert.Empty(host.Audit.Entries);
    }

    [Fact]
    public async Task UnknownVariableIsRefusedAndChangesNothing()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("typo", """
            {
              "name": "typo",
              "variables": { "city": "安顺" },
              "steps": [
                { "name": "sample", "names": ["甲"] },
                { "name": "settings", "Site": { "siteName": "[[cty]]" } }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 typo 引用了未定义的变量“cty”。", error.Message);
        Assert.Empty(await ReadSampleNamesAsync(host));
        Assert.Equal(0, await CountSettingsAsync(host));
    }

    [Fact]
    public async Task UnknownStepIsReportedBeforeAnythingIsApplied()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("unknown-step", """
            {
              "name": "unknown-step",
              "steps": [
                { "name": "settings", "Site": { "siteName": "不应保存" } },
                { "name": "workflows", "types": [] }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 unknown-step 第 2 步（workflows）无法执行：没有处理该步骤的模块，请确认相关模块已启用。", error.Message);
        Assert.Equal(0, await CountSettingsAsync(host));
        Assert.Empty(host.Audit.Entries);
    }

    [Fact]
    public async Task StepWithoutNameIsReported()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("no-name", """
            { "name": "no-name", "steps": [ { "name": "sample", "names": [] }, { "names": [] } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 no-name 第 2 步缺少“name”。", error.Message);
    }

    [Fact]
    public async Task FailingStepNamesRecipeStepAndReasonAndRollsBackEarlierSteps()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("half", """
            {
              "name": "half",
              "steps": [
                { "name": "settings", "Site": { "siteName": "不应保存" } },
                { "name": "sample", "names": ["甲"] },
                { "name": "fail", "reason": "“units”第 3 项缺少“code”。" }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 half 第 3 步（fail）失败：“units”第 3 项缺少“code”。", error.Message);
        Assert.Equal(0, await CountSettingsAsync(host));
        Assert.Empty(await ReadSampleNamesAsync(host));
        Assert.Empty(host.Audit.Entries);
    }

    [Fact]
    public async Task BadStepDataNamesTheField()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("bad-data", """
            { "name": "bad-data", "steps": [ { "name": "settings", "Site": "安顺" } ] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(host, recipe));

        Assert.Equal("配方 bad-data 第 1 步（settings）失败：设置“Site”必须是 JSON 对象。", error.Message);
    }

    [Fact]
    public async Task RecipeJoinsTheCallersTransaction()
    {
        await using var host = new KernelHost();
        var recipe = await host.WriteRecipeAsync("joined", """
            { "name": "joined", "steps": [ { "name": "sample", "names": ["甲"] } ] }
            """);

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);

            // The caller (first-run setup) then fails before committing.
        }

        Assert.Empty(await ReadSampleNamesAsync(host));
    }

    internal static async Task ExecuteAsync(KernelHost host, RecipeDescriptor recipe)
    {
        await using var scope = host.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe);
    }

    internal static Task<SiteSettingsModel> ReadSiteAsync(KernelHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync<SiteSettingsModel>("Site"));

    internal static Task<int> CountSettingsAsync(KernelHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().Settings.CountAsync());

    internal static Task<List<string>> ReadSampleNamesAsync(KernelHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Samples.Select(s => s.Name).ToListAsync());
}
