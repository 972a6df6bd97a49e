using System.Text.Json;
using Anshun.Core;
using Anshun.Search.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anshun.Search.Indexing;

/// <summary>
/// This node's live index (本节点索引) in <c>&lt;IndexPath (under App_Data when relative) or App_Data/search&gt;/&lt;node&gt;/&lt;sub&gt;/</c>,
/// where <c>current.json</c> names the live sub-directory. Searches run on it concurrently; the worker
/// writes to it one batch at a time under <see cref="WriteGate"/>; a finished rebuild swaps it whole.
/// </summary>
public sealed class SearchNodeIndex : IDisposable
{
    public const string CurrentFile = "current.json";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private readonly ILogger<SearchNodeIndex> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _openLock = new();
    private readonly ReaderWriterLockSlim _swapLock = new(LockRecursionPolicy.NoRecursion);
    private SearchIndex? _live;
    private string _liveName = "";
    private SearchCursor? _cursor;
    private double? _rebuildProgress;
    private string? _lastError;
    private DateTime? _lastAppliedUtc;

    public SearchNodeIndex(IOptions<SearchOptions> options, AppDataFolder appData, TimeProvider time, ILogger<SearchNodeIndex> logger)
    {
        _logger = logger;
        _time = time;
        NodeName = options.Value.ResolveNodeName();
        NodeDirectory = Path.Combine(options.Value.ResolveIndexRoot(appData.Path), NodeName);
    }

    public string NodeName { get; }

    /// <summary>This node's folder holding <c>current.json</c> and the index sub-directories.</summary>
    public string NodeDirectory { get; }

    /// <summary>Held while writing to the live index or swapping it: one writer per node.</summary>
    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    /// <summary>Held while a rebuild runs: one rebuild per node at a time.</summary>
    public SemaphoreSlim RebuildGate { get; } = new(1, 1);

    /// <summary>The live index, opened on first use.</summary>
    public SearchIndex Live => EnsureOpen();

    /// <summary>The cursor committed with the live index; null when it has none (a new or unreadable index).</summary>
    public SearchCursor? Cursor
    {
        get
        {
            EnsureOpen();
            return Volatile.Read(ref _cursor);
        }
    }

    public SearchResults Search(SearchRequest request, SearchReader reader)
    {
        _swapLock.EnterReadLock();
        try
        {
            return EnsureOpen().Search(request, reader);
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    public SearchNodeStatus GetStatus()
    {
        try
        {
            EnsureOpen();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Search index of node {Node} cannot be opened.", NodeName);
            RecordError($"本节点索引无法打开：{ex.Message}");
        }

        var cursor = Volatile.Read(ref _cursor);
        var live = Volatile.Read(ref _live);
        return new SearchNodeStatus(
            NodeName,
            live is null ? NodeDirectory : Path.Combine(NodeDirectory, _liveName),
            live?.DocumentCount ?? 0,
            cursor?.Position ?? 0,
            null,
            cursor is null || cursor.Rebuild is not null ? SearchNodeStatus.Rebuilding : SearchNodeStatus.Normal,
            cursor?.Rebuild is null ? null : _rebuildProgress,
            _lastError,
            _lastAppliedUtc);
    }

    /// <summary>Commits what was written to the live index together with the cursor it reaches (caller holds <see cref="WriteGate"/>).</summary>
    public void CommitLive(SearchCursor cursor)
    {
        EnsureOpen().Commit(cursor.ToUserData());
        Volatile.Write(ref _cursor, cursor);
    }

    public void RecordApplied(DateTime utc) => _lastAppliedUtc = utc;

    /// <summary>Keeps the latest failure for the admin page (Chinese, one sentence, with the time).</summary>
    public void RecordError(string message) =>
        _lastError = Anshun.Core.Time.ChinaTime.Format(_time.GetUtcNow().UtcDateTime) + " " + message;

    public void ReportRebuildProgress(double? progress) => _rebuildProgress = progress;

    public string BuildingDirectory(long rebuildTaskId) => Path.Combine(NodeDirectory, BuildingName(rebuildTaskId));

    /// <summary>Opens (or reopens, to resume) the index a rebuild writes to, beside the live one.</summary>
    public SearchIndex OpenBuilding(long rebuildTaskId) => SearchIndex.Open(BuildingDirectory(rebuildTaskId));

    /// <summary>
    /// Makes a finished rebuild live: <c>current.json</c> is replaced atomically first, so a crash at any point
    /// leaves either the old or the new index named there; then searches move over and the old folder goes.
    /// </summary>
    public void Swap(SearchIndex building, long rebuildTaskId, SearchCursor cursor)
    {
        var name = BuildingName(rebuildTaskId);
        WriteCurrent(name);
        SearchIndex? old;
        _swapLock.EnterWriteLock();
        try
        {
            old = _live;
            _live = building;
            _liveName = name;
            _rebuildProgress = null;
            Volatile.Write(ref _cursor, cursor);
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }

        old?.Dispose();
        DeleteAllBut(name);
        _logger.LogInformation("Search index of node {Node} rebuilt into {Directory}.", NodeName, name);
    }

    /// <summary>Removes an abandoned rebuild's folder (a newer rebuild superseded it).</summary>
    public void DeleteBuilding(long rebuildTaskId) => TryDelete(BuildingDirectory(rebuildTaskId));

    private SearchIndex EnsureOpen()
    {
        if (Volatile.Read(ref _live) is { } live)
        {
            return live;
        }

        lock (_openLock)
        {
            if (_live is not null)
            {
                return _live;
            }

            Directory.CreateDirectory(NodeDirectory);
            var current = ReadCurrent();
            var name = current ?? "i0";
            SearchIndex index;
            try
            {
                index = SearchIndex.Open(Path.Combine(NodeDirectory, name));
            }
            catch (Exception ex) when (!IsLockFailure(ex))
            {
                // An unreadable index: start an empty one beside it; having no cursor, it is rebuilt at once.
                _logger.LogError(ex, "Search index {Directory} of node {Node} cannot be opened; starting a new one.", name, NodeName);
                RecordError($"索引目录“{name}”无法打开，已改用新目录并重建索引：{ex.Message}");
                name = "i" + _time.GetUtcNow().UtcTicks;
                index = SearchIndex.Open(Path.Combine(NodeDirectory, name));
                current = null;
            }

            if (current is null)
            {
                WriteCurrent(name);
            }

            _liveName = name;
            _cursor = SearchCursor.FromUserData(index.CommittedUserData);
            Volatile.Write(ref _live, index);
            return index;
        }
    }

    private static bool IsLockFailure(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is Lucene.Net.Store.LockObtainFailedException)
            {
                return true;
            }
        }

        return false;
    }

    private string? ReadCurrent()
    {
        var path = Path.Combine(NodeDirectory, CurrentFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var name = JsonSerializer.Deserialize<CurrentIndex>(File.ReadAllText(path), _json)?.Directory;
            return string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? null : name;
        }
        catch (JsonException ex)
        {
            _logger.LogError(ex, "{File} of search node {Node} is unreadable.", CurrentFile, NodeName);
            return null;
        }
    }

    private void WriteCurrent(string name)
    {
        var path = Path.Combine(NodeDirectory, CurrentFile);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new CurrentIndex(name), _json));
        File.Move(temp, path, overwrite: true);
    }

    private void DeleteAllBut(string name)
    {
        foreach (var folder in Directory.EnumerateDirectories(NodeDirectory))
        {
            if (!string.Equals(Path.GetFileName(folder), name, StringComparison.Ordinal))
            {
                TryDelete(folder);
            }
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Old search index folder {Folder} could not be removed.", folder);
        }
    }

    private static string BuildingName(long rebuildTaskId) => "r" + rebuildTaskId;

    /// <summary>Closes the live index (its writer's lock is released for the next start); locks stay usable for late callers.</summary>
    public void Dispose() => _live?.Dispose();

    private sealed record CurrentIndex(string Directory);
}
