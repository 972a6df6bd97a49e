using System.Text.Json;
using Anshun.Core;
using Anshun.Core.Security;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Search.Tests.Indexing;

/// <summary>A node's index folder on disk: the cursor lives in the Lucene commit, <c>current.json</c> names the live index.</summary>
public sealed class SearchNodeIndexTests : IDisposable
{
    private static readonly SearchReader _reader = new(new HashSet<string> { "u:reader" }, SecretLevel.Public);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "anshun-tests", "search-node-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void CursorAndDocumentsAreReadBackFromTheCommitAfterReopening()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var cursor = new SearchCursor { High = 4 }.Applied(9, now) with { Rebuild = new PendingRebuild(9, 4) };
        using (var node = Open())
        {
            Assert.Null(node.Cursor);
            node.Live.Upsert(new FakeSearchSource().Put("a", "黄果树瀑布景区冬季开放"), null);
            node.CommitLive(cursor);
        }

        using var reopened = Open();

        Assert.Equal(cursor.ToUserData(), reopened.Cursor!.ToUserData());
        Assert.Equal(4, reopened.GetStatus().Cursor);
        Assert.Equal(SearchNodeStatus.Rebuilding, reopened.GetStatus().State);
        Assert.Equal(1, reopened.GetStatus().DocumentCount);
        Assert.Equal(["a"], Keys(reopened, "黄果树"));
    }

    [Fact]
    public void SwapNamesTheNewIndexInCurrentJsonAndRemovesTheOldFolder()
    {
        var source = new FakeSearchSource();
        using (var node = Open())
        {
            node.Live.Upsert(source.Put("old", "旧索引中的安顺屯堡"), null);
            node.CommitLive(SearchCursor.Start.Applied(1, _time.GetUtcNow().UtcDateTime));
            var oldFolder = node.GetStatus().Directory;

            var building = node.OpenBuilding(12);
            building.Upsert(source.Put("new", "新索引中的安顺屯堡"), null);
            var cursor = new SearchCursor { High = 12 };
            building.Commit(cursor.ToUserData());
            Assert.Equal(["old"], Keys(node, "屯堡"));

            node.Swap(building, 12, cursor);

            Assert.Equal(["new"], Keys(node, "屯堡"));
            Assert.False(Directory.Exists(oldFolder));
            Assert.Equal(node.BuildingDirectory(12), node.GetStatus().Directory);
        }

        var current = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "node1", SearchNodeIndex.CurrentFile)));
        Assert.Equal("r12", current.RootElement.GetProperty("directory").GetString());
        using var reopened = Open();
        Assert.Equal(12, reopened.Cursor!.Position);
        Assert.Equal(["new"], Keys(reopened, "屯堡"));
    }

    [Fact]
    public void AnUnreadableIndexIsReplacedByAnEmptyOneWithoutCursor()
    {
        var broken = Path.Combine(_folder, "node1", "i0");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "segments_1"), "这不是索引文件");
        File.WriteAllText(Path.Combine(broken, "segments.gen"), "这也不是");

        using var node = Open();

        // The node moves to a new folder; having no cursor, it asks for a rebuild on its first catch-up.
        Assert.Null(node.Cursor);
        Assert.Equal(0, node.GetStatus().DocumentCount);
        Assert.Empty(Keys(node, "索引"));
        Assert.NotEqual(broken, node.GetStatus().Directory);
        Assert.Contains("无法打开", node.GetStatus().LastError);
        var current = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "node1", SearchNodeIndex.CurrentFile)));
        Assert.Equal(Path.GetFileName(node.GetStatus().Directory), current.RootElement.GetProperty("directory").GetString());
    }

    private SearchNodeIndex Open() =>
        new(Options.Create(new SearchOptions { NodeName = "node1", IndexPath = _folder }), new AppDataFolder(_folder), _time,
            NullLogger<SearchNodeIndex>.Instance);

    private static IReadOnlyList<string> Keys(SearchNodeIndex node, string query) =>
        node.Search(new SearchRequest(query), _reader).Hits.Select(h => h.Key).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Memory-mapped index files may still be held; the temp folder is cleaned later.
        }
    }
}
