using Anshun.Core.Data;
using Anshun.Core.Settings;
using Anshun.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Data;

public sealed class DataSessionTests
{
    [Fact]
    public async Task TransactionSpansTwoContextsOnOneConnection()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var services = scope.ServiceProvider;
            var session = services.GetRequiredService<IDataSession>();
            var core = services.GetRequiredService<CoreDbContext>();
            var samples = services.GetRequiredService<SampleDbContext>();
            await using var transaction = await session.BeginTransactionAsync();

            Assert.Same(session.Connection, core.Database.GetDbConnection());
            Assert.Same(session.Connection, samples.Database.GetDbConnection());
            Assert.Same(core.Database.CurrentTransaction!.GetDbTransaction(), samples.Database.CurrentTransaction!.GetDbTransaction());

            await services.GetRequiredService<ISiteSettings>().SetAsync("Site", new SiteSettingsModel { SiteName = "安顺" });
            samples.Samples.Add(new SampleRecord { Name = "甲", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
            await samples.SaveChangesAsync();
            await transaction.CommitAsync();
            Assert.False(session.InTransaction);
        }

        Assert.Equal(1, await CountAsync(host));
        Assert.Equal("安顺", (await Recipes.RecipeExecutorTests.ReadSiteAsync(host)).SiteName);
    }

    [Fact]
    public async Task DisposingWithoutCommitRollsBackEveryContext()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var services = scope.ServiceProvider;
            var session = services.GetRequiredService<IDataSession>();
            await using (var transaction = await session.BeginTransactionAsync())
            {
                await services.GetRequiredService<ISiteSettings>().SetAsync("Site", new SiteSettingsModel { SiteName = "安顺" });
                var samples = services.GetRequiredService<SampleDbContext>();
                samples.Samples.Add(new SampleRecord { Name = "甲", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
                await samples.SaveChangesAsync();
            }

            Assert.False(session.InTransaction);

            // Within the same scope the rolled-back rows are gone too, and nothing stale is tracked.
            var db = services.GetRequiredService<SampleDbContext>();
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(0, await db.Samples.CountAsync());
        }

        Assert.Equal(0, await CountAsync(host));
        Assert.Equal(0, await Recipes.RecipeExecutorTests.CountSettingsAsync(host));
    }

    [Fact]
    public async Task ContextCreatedAfterTheTransactionBeganJoinsIt()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            var samples = scope.ServiceProvider.GetRequiredService<SampleDbContext>();

            Assert.NotNull(samples.Database.CurrentTransaction);
            samples.Samples.Add(new SampleRecord { Name = "甲", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
            await samples.SaveChangesAsync();
        }

        Assert.Equal(0, await CountAsync(host));
    }

    [Fact]
    public async Task NestedBeginJoinsTheOuterTransactionAndOnlyTheOuterCommits()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var samples = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            await using var outer = await session.BeginTransactionAsync();
            await using (var inner = await session.BeginTransactionAsync())
            {
                samples.Samples.Add(new SampleRecord { Name = "内层", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
                await samples.SaveChangesAsync();
                await inner.CommitAsync();
            }

            Assert.True(session.InTransaction);

            // The outer owner fails: the inner "commit" must not have made anything permanent.
        }

        Assert.Equal(0, await CountAsync(host));
    }

    [Fact]
    public async Task NestedWorkIsKeptWhenTheOuterCommits()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var samples = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            await using var outer = await session.BeginTransactionAsync();
            await using (var inner = await session.BeginTransactionAsync())
            {
                samples.Samples.Add(new SampleRecord { Name = "内层", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
                await samples.SaveChangesAsync();

                // Disposing a joined transaction without commit leaves the decision to the outer owner.
            }

            samples.Samples.Add(new SampleRecord { Name = "外层", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
            await samples.SaveChangesAsync();
            await outer.CommitAsync();
        }

        Assert.Equal(2, await CountAsync(host));
    }

    [Fact]
    public async Task SessionCanBeginAgainAfterARollback()
    {
        await using var host = new KernelHost();

        await using (var scope = host.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            var samples = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            await using (await session.BeginTransactionAsync())
            {
                samples.Samples.Add(new SampleRecord { Name = "撤销", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
                await samples.SaveChangesAsync();
            }

            await using var second = await session.BeginTransactionAsync();
            samples.Samples.Add(new SampleRecord { Name = "保留", CreatedUtc = host.Time.GetUtcNow().UtcDateTime });
            await samples.SaveChangesAsync();
            await second.CommitAsync();
        }

        Assert.Equal(["保留"], await Recipes.RecipeExecutorTests.ReadSampleNamesAsync(host));
    }

    private static Task<int> CountAsync(KernelHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Samples.CountAsync());
}
