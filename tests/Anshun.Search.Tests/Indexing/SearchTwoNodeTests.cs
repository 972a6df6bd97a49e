using Anshun.Search.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Search.Tests.Indexing;

/// <summary>Two site instances on one database, each with its own index folder, converge through the task log alone.</summary>
public sealed class SearchTwoNodeTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _first = new();
    private AnshunSiteFactory? _secondNode;

    public async Task InitializeAsync()
    {
        _first.Source.Put("shared", "两个节点都应找到的镇宁县蜡染非遗展");
        await SearchTestKit.WaitUntilAsync(_first.Time, () => SearchTestKit.Settled(_first.Services), what: "节点一启动重建完成");
    }

    public async Task DisposeAsync()
    {
        if (_secondNode is not null)
        {
            await _secondNode.DisposeAsync();
        }

        await _first.DisposeAsync();
    }

    [Fact]
    public async Task ChangesMadeOnEitherNodeReachTheOther()
    {
        _secondNode = _first.CreateSecondNode();
        _secondNode.Settings[SearchSiteFactory.NodeNameKey] = "node2";
        var second = SearchSiteFactory.WithSource(_secondNode, _first.Source);
        await SearchTestKit.WaitUntilAsync(_secondNode.Time, () => SearchTestKit.Settled(second.Services), what: "节点二启动重建完成");
        Assert.Equal(["shared"], SearchTestKit.Found(second.Services, "蜡染"));
        Assert.NotEqual(SearchTestKit.Node(_first.Services).GetStatus().Directory, SearchTestKit.Node(second.Services).GetStatus().Directory);

        _first.Source.Put("from-first", "节点一发布的普定县樱桃采摘节通知");
        await SearchTestKit.EnqueueAsync(_first.Services, "from-first");
        await SearchTestKit.WaitUntilAsync(_first.Time, () => SearchTestKit.Found(_first.Services, "樱桃采摘").Count == 1, advance: false,
            what: "节点一立即找到自己的更改");
        await SearchTestKit.WaitUntilAsync(_secondNode.Time, () => SearchTestKit.Found(second.Services, "樱桃采摘").Count == 1,
            what: "节点二追上节点一的更改");

        _first.Source.Remove("shared");
        await SearchTestKit.EnqueueAsync(second.Services, "shared");
        await SearchTestKit.WaitUntilAsync(_secondNode.Time, () => SearchTestKit.Found(second.Services, "蜡染").Count == 0, advance: false,
            what: "节点二立即删除");
        await SearchTestKit.WaitUntilAsync(_first.Time, () => SearchTestKit.Found(_first.Services, "蜡染").Count == 0,
            what: "节点一追上节点二的删除");

        var lastTask = await SearchTestKit.DbAsync(_first.Services, db => db.Tasks.MaxAsync(t => t.Id));
        await SearchTestKit.WaitUntilAsync(_first.Time, async () =>
        {
            var nodes = await SearchTestKit.DbAsync(_first.Services, db => db.Nodes.AsNoTracking().ToListAsync());
            return nodes.Count == 2 && nodes.All(n => n.Cursor == lastTask);
        }, what: "两个节点的游标都到达最后一个任务");
    }
}
