using Anshun.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>The nudge waits for the commit through the kernel's <see cref="IDataSession.AfterCommit"/>.</summary>
public sealed class DataSessionAfterCommitTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    [Fact]
    public async Task CallbackRunsAfterTheOutermostCommitOnly()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var calls = new List<string>();

        await using (var outer = await session.BeginTransactionAsync())
        {
            await using (var inner = await session.BeginTransactionAsync())
            {
                session.AfterCommit(() => calls.Add("committed"));
                await inner.CommitAsync();
            }

            Assert.Empty(calls);
            await outer.CommitAsync();
        }

        Assert.Equal(["committed"], calls);
    }

    [Fact]
    public async Task CallbackIsDroppedOnRollbackAndRunsAtOnceOutsideATransaction()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
        var calls = new List<string>();

        await using (await session.BeginTransactionAsync())
        {
            session.AfterCommit(() => calls.Add("rolled back"));
        }

        await using (var next = await session.BeginTransactionAsync())
        {
            await next.CommitAsync();
        }

        session.AfterCommit(() => calls.Add("no transaction"));
        Assert.Equal(["no transaction"], calls);
    }
}
