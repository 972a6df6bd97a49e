using Anshun.Search.Data;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>A rebuild builds a new index from the sources while the old one answers, then swaps; a restart keeps the cursor.</summary>
public sealed class SearchRebuildTests : IAsyncLifetime
{
    private readonly SearchSiteFactory _site = new();
    private Anshun.Testing.AnshunSiteFactory? _restarted;

    public Task InitializeAsync()
    {
        _site.Source.Put("a-stays", "安顺市政府常务会议研究屯堡保护");
        _site.Source.Put("b-drifts", "关于清理过期公告的说明");
        return SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Settled(_site.Services), what: "启动时的重建完成");
    }

    public async Task DisposeAsync()
    {
        if (_restarted is not null)
        {
            await _restarted.DisposeAsync();
            return;
        }

        await _site.DisposeAsync();
    }

    [Fact]
    public async Task RebuildWhileServingKeepsTheOldIndexAnsweringUntilTheSwap()
    {
        var services = _site.Services;
        var node = SearchTestKit.Node(services);
        var oldDirectory = node.GetStatus().Directory;
        // The source changes behind the index's back: only a rebuild notices.
        _site.Source.Remove("b-drifts");
        _site.Source.Put("c-new", "关于清理过期公告的补充说明");
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _site.Source.HoldReading = hold;
        _site.Source.ResetReading();

        long taskId;
        await using (var scope = services.CreateAsyncScope())
        {
            taskId = await scope.ServiceProvider.GetRequiredService<SearchIndexQueue>().EnqueueRebuildAsync();
        }

        await SearchTestKit.WaitUntilAsync(_site.Time, () => _site.Source.ReadingStarted.Task.IsCompleted, what: "重建开始读取数据");
        Assert.Equal(SearchNodeStatus.Rebuilding, node.GetStatus().State);
        Assert.Equal(["b-drifts"], SearchTestKit.Found(services, "过期公告"));

        // The live index is still fed while the rebuild reads.
        _site.Source.Put("d-during", "重建期间发布的防汛通知");
        await SearchTestKit.EnqueueAsync(services, "d-during");
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Found(services, "防汛通知").SequenceEqual(["d-during"]),
            advance: false, what: "重建期间旧索引继续更新");
        Assert.Equal(oldDirectory, node.GetStatus().Directory);

        hold.SetResult();
        // The old folder goes right after the swap.
        await SearchTestKit.WaitUntilAsync(_site.Time, () => node.GetStatus().State == SearchNodeStatus.Normal && !Directory.Exists(oldDirectory),
            what: "重建完成、切换并删除旧索引");

        Assert.Equal(["c-new"], SearchTestKit.Found(services, "过期公告"));
        Assert.Equal(["d-during"], SearchTestKit.Found(services, "防汛通知"));
        Assert.Equal(node.BuildingDirectory(taskId), node.GetStatus().Directory);
        Assert.Null(node.GetStatus().RebuildProgress);
    }

    [Fact]
    public async Task ARestartReadsTheCursorFromTheIndexAndDoesNotRebuild()
    {
        _site.Source.Put("kept", "紫云县苗族文化节开幕");
        await SearchTestKit.EnqueueAsync(_site.Services, "kept");
        await SearchTestKit.WaitUntilAsync(_site.Time, () => SearchTestKit.Found(_site.Services, "苗族文化").Count == 1, advance: false);
        var before = SearchTestKit.Node(_site.Services).GetStatus();
        var rebuilds = await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Rebuild);
        var source = _site.Source;

        _restarted = await _site.RestartAsync();
        var site = SearchSiteFactory.WithSource(_restarted, source);

        var after = SearchTestKit.Node(site.Services).GetStatus();
        Assert.Equal((before.Cursor, before.DocumentCount, before.Directory), (after.Cursor, after.DocumentCount, after.Directory));
        Assert.Equal(["kept"], SearchTestKit.Found(site.Services, "苗族文化"));
        source.Put("after-restart", "重启后发布的关岭县农业简报");
        await SearchTestKit.EnqueueAsync(site.Services, "after-restart");
        await SearchTestKit.WaitUntilAsync(_restarted.Time, () => SearchTestKit.Found(site.Services, "农业简报").Count == 1,
            what: "重启后的节点继续追赶");
        Assert.Equal(rebuilds, await SearchTestKit.TaskCountAsync(site.Services, SearchTaskKind.Rebuild));
        Assert.Equal(SearchNodeStatus.Normal, SearchTestKit.Node(site.Services).GetStatus().State);
    }

    [Fact]
    public async Task AnIndexFromBeforeTheFoldedLayoutIsRebuiltOnceAndAnswersMeanwhile()
    {
        var folder = SearchTestKit.Node(_site.Services).GetStatus().Directory;
        var rebuilds = await SearchTestKit.TaskCountAsync(_site.Services, SearchTaskKind.Rebuild);
        var source = _site.Source;

        _restarted = await _site.RestartAsync();
        ForgetLayout(folder);
        var site = SearchSiteFactory.WithSource(_restarted, source);

        await SearchTestKit.WaitUntilAsync(_restarted.Time, async () =>
                await SearchTestKit.TaskCountAsync(site.Services, SearchTaskKind.Rebuild) == rebuilds + 1
                && SearchTestKit.Settled(site.Services) && SearchTestKit.Node(site.Services).Live.Layout == IndexLayout.Folded,
            what: "旧布局的索引重建为新布局");
        Assert.Equal(["a-stays"], SearchTestKit.Found(site.Services, "屯堡保护"));
        source.Put("after-upgrade", "升级后发布的镇宁县蜡染展览");
        await SearchTestKit.EnqueueAsync(site.Services, "after-upgrade");
        await SearchTestKit.WaitUntilAsync(_restarted.Time, () => SearchTestKit.Found(site.Services, "蜡染展览").Count == 1, what: "升级后继续追赶");
        Assert.Equal(rebuilds + 1, await SearchTestKit.TaskCountAsync(site.Services, SearchTaskKind.Rebuild));
    }

    /// <summary>Makes the index look as one built before layouts: its last commit without the layout key.</summary>
    private static void ForgetLayout(string folder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.CreateIndexAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        var data = new Dictionary<string, string>(writer.CommitData);
        Assert.True(data.Remove(SearchIndex.LayoutKey));
        writer.SetCommitData(data);
        writer.Commit();
    }
}
