using System.Text;
using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.Search.Data;
using Anshun.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>The worker applies document and scope tasks by asking the source again, and reports the node's status.</summary>
public sealed class SearchCatchUpTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _site = new();

    public Task InitializeAsync()
    {
        _site.Source.Put("before-start", "开业前已有的黄果树瀑布导览");
        return SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services), what: "启动时的重建完成");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task ANewNodeRebuildsItselfFromTheSourcesAtStartUp()
    {
        Assert.Equal(["before-start"], SearchTestKit.Found(_site.Services, "黄果树"));
        var rebuilds = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.Where(t => t.Kind == SearchTaskKind.Rebuild).ToListAsync());
        Assert.Equal("node:node1", Assert.Single(rebuilds).Scope);
    }

    [Fact]
    public async Task DocumentTaskReplacesTheDocumentAndRemovesItWhenTheSourceNoLongerHasIt()
    {
        _site.Source.Put("notice", "关于黄果树景区冬季开放时间的通知");
        await SearchTestKit.EnqueueAsync(_site.Services, "notice");
        await WaitFoundAsync("冬季开放", ["notice"]);

        _site.Source.Put("notice", "关于龙宫景区夏季开放时间的通知");
        await SearchTestKit.EnqueueAsync(_site.Services, "notice");
        await WaitFoundAsync("龙宫景区", ["notice"]);
        Assert.Empty(SearchTestKit.Found(_site.Services, "冬季开放"));

        _site.Source.Remove("notice");
        await SearchTestKit.EnqueueAsync(_site.Services, "notice");
        await WaitFoundAsync("龙宫景区", []);
    }

    [Fact]
    public async Task ScopeTaskLooksAgainAtEveryKeyOfTheScope()
    {
        _site.Source.Put("s1", "普定县学前教育工作简报", scope: "section:edu");
        _site.Source.Put("s2", "普定县学前教育督导通报", scope: "section:edu");

        await SearchTestKit.EnqueueScopeAsync(_site.Services, "section:edu");

        await WaitFoundAsync("学前教育", ["s1", "s2"]);
    }

    [Fact]
    public async Task AttachmentTextIsSearchable()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("附件：云峰屯堡景区游客接待统计表");
        _site.Source.Put("with-file", "十一月旅游统计", attachments:
            [new SearchAttachment("统计.txt", "text/plain", _ => Task.FromResult<Stream>(new MemoryStream(bytes)))]);

        await SearchTestKit.EnqueueAsync(_site.Services, "with-file");

        await WaitFoundAsync("游客接待", ["with-file"]);
    }

    [Fact]
    public async Task AFailingDocumentIsRecordedAndTheOthersAreStillApplied()
    {
        _site.Source.Put("bad", "读取会失败的文档");
        _site.Source.Failing["bad"] = true;
        _site.Source.Put("good", "西秀区政务服务中心搬迁公告");

        await SearchTestKit.EnqueueAsync(_site.Services, "bad");
        await SearchTestKit.EnqueueAsync(_site.Services, "good");

        await WaitFoundAsync("政务服务", ["good"]);
        var lastTask = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.MaxAsync(t => t.Id));
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Node(_site.Services).GetStatus().Cursor == lastTask,
            advance: false, what: "游标越过失败的任务");
        Assert.Contains("fake/bad", SearchTestKit.Node(_site.Services).GetStatus().LastError);
    }

    [Fact]
    public async Task TheNodeReportsItsStatusInTheNodesTable()
    {
        _site.Source.Put("reported", "镇宁县防汛工作部署");
        await SearchTestKit.EnqueueAsync(_site.Services, "reported");
        await WaitFoundAsync("防汛", ["reported"]);
        var lastTask = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.MaxAsync(t => t.Id));

        SearchNode? row = null;
        await SearchTestKit.WaitUntilAsync(_site.Time, async () =>
        {
            row = await SearchTestKit.DbAsync(_site.Services, db => db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.NodeName == "node1"));
            return row?.Cursor == lastTask;
        }, what: "节点状态写入 Search_Nodes");

        Assert.Equal("正常", row!.State);
        Assert.Equal(SearchTestKit.Node(_site.Services).GetStatus().DocumentCount, row.Documents);
        Assert.NotNull(row.LastAppliedUtc);
        Assert.StartsWith(Path.Combine(_site.AppData, "search", "node1"), row.Directory);
    }

    [Fact]
    public async Task ATaskCommittedLateBelowTheHighestIdIsAppliedWhenItAppears()
    {
        // Ids written explicitly, as PostgreSQL hands them out when transactions commit out of order.
        var last = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.MaxAsync(t => t.Id));
        _site.Source.Put("late", "晚提交的关岭县茶叶推介会通知");
        _site.Source.Put("early", "先提交的关岭县花江狗肉节通知");
        await InsertTaskAsync(last + 2, "early");
        await WaitFoundAsync("花江", ["early"], advance: true);
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Node(_site.Services).Cursor?.GapIds().SequenceEqual([last + 1]) == true,
            advance: false, what: "记下缺口");
        Assert.Equal(last, SearchTestKit.Node(_site.Services).GetStatus().Cursor);

        await InsertTaskAsync(last + 1, "late");

        await WaitFoundAsync("茶叶推介", ["late"], advance: true);
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Node(_site.Services).GetStatus().Cursor == last + 2,
            advance: false, what: "缺口补上后游标前进");
    }

    [Fact]
    public async Task AGapOlderThanAMinuteIsGivenUp()
    {
        var last = await SearchTestKit.DbAsync(_site.Services, db => db.Tasks.MaxAsync(t => t.Id));
        _site.Source.Put("after-gap", "缺口之后的紫云县格凸河景区公告");
        await InsertTaskAsync(last + 2, "after-gap");
        await WaitFoundAsync("格凸河", ["after-gap"], advance: true);
        Assert.Equal(last, SearchTestKit.Node(_site.Services).GetStatus().Cursor);

        _site.Time.Advance(TimeSpan.FromSeconds(61));

        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Node(_site.Services).GetStatus().Cursor == last + 2,
            what: "放弃超过一分钟的缺口");
        Assert.Empty(SearchTestKit.Node(_site.Services).Cursor!.Gaps);
    }

    private Task InsertTaskAsync(long id, string key) =>
        _site.Services.GetRequiredService<DatabaseProvider>().ExecuteSqlAsync(
            "INSERT INTO \"Search_Tasks\" (\"Id\", \"Source\", \"Key\", \"Kind\", \"CreatedUtc\") " +
            (_site.DatabaseKind == DatabaseProviderKind.PostgreSql ? "OVERRIDING SYSTEM VALUE " : "") + "VALUES (@p0, @p1, @p2, 0, @p3)",
            id, FakeSearchSource.SourceName, key, _site.Time.GetUtcNow().UtcDateTime);

    private Task WaitFoundAsync(string query, string[] keys, bool advance = false) =>
        SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Found(_site.Services, query).SequenceEqual(keys),
            advance, what: $"检索“{query}”得到 {string.Join("、", keys)}");
}
