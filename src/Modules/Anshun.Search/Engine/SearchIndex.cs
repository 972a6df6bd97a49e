using System.Collections.ObjectModel;
using Anshun.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Anshun.Search.Engine;

/// <summary>
/// One Lucene index (全文索引) with its single <see cref="IndexWriter"/> and near-real-time searchers. Writes
/// (<see cref="Upsert"/>, <see cref="Delete"/>) become visible to <see cref="Search"/> at the next
/// <see cref="Commit"/>, which also stores the caller's user data (the task cursor) in the same durable commit.
/// Every member is safe to call from many threads at once.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly AccessFilterCache _accessFilters = new();
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _commitLock = new();
    private IReadOnlyDictionary<string, string> _committedUserData;
    private int _disposed;

    /// <summary>Commit user data key of the <see cref="IndexLayout"/>; an index without it predates layouts (<see cref="IndexLayout.Separate"/>).</summary>
    public const string LayoutKey = "anshun.layout";

    private SearchIndex(LuceneDirectory directory, ILogger? logger)
    {
        _logger = logger ?? NullLogger.Instance;
        var existed = DirectoryReader.IndexExists(directory);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.CreateIndexAnalyzer())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Bm25SearcherFactory.Similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        try
        {
            if (!existed)
            {
                // A first empty commit, so the directory is a valid index from the start; a new index is laid out the current way.
                _writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = LayoutValue(IndexLayout.Folded) });
                _writer.Commit();
            }

            _committedUserData = Snapshot(_writer.CommitData);
            Layout = ParseLayout(_committedUserData);
            _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
        }
        catch
        {
            _writer.Dispose();
            throw;
        }

        _directory = directory;
    }

    /// <summary>The user data of the last durable commit (the node's task cursor), with <see cref="LayoutKey"/> added; only that key for a new index.</summary>
    public IReadOnlyDictionary<string, string> CommittedUserData => Volatile.Read(ref _committedUserData);

    /// <summary>How this index's fields were laid out when it was built; documents added later follow the current layout.</summary>
    public IndexLayout Layout { get; }

    /// <summary>Documents visible to searches now.</summary>
    public int DocumentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Opens the index in a folder, creating the folder and an empty index when missing.</summary>
    /// <exception cref="InvalidOperationException">Another writer (another process or instance) holds the folder.</exception>
    public static SearchIndex Open(string directoryPath, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directoryPath);
        System.IO.Directory.CreateDirectory(directoryPath);
        // Not FSDirectory.Open: see MappedDirectory.
        var directory = new MappedDirectory(new DirectoryInfo(directoryPath));
        try
        {
            return new SearchIndex(directory, logger);
        }
        catch (LockObtainFailedException exception)
        {
            directory.Dispose();
            throw new InvalidOperationException($"索引目录“{directoryPath}”正被另一个写入者使用，同一索引目录只能由一个节点写入。", exception);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An index in memory, for tests.</summary>
    public static SearchIndex OpenInMemory(ILogger? logger = null) => new(new RAMDirectory(), logger);

    /// <summary>Adds the document or replaces the one with the same source and key.</summary>
    /// <param name="attachmentText">Text extracted from the document's attachments, searched like the body.</param>
    public void Upsert(SearchDocument document, string? attachmentText)
    {
        ArgumentNullException.ThrowIfNull(document);
        ThrowIfDisposed();
        var mapped = SearchDocumentMapper.Map(document, attachmentText, out var accessWithinLimit);
        if (!accessWithinLimit)
        {
            _logger.LogWarning(
                "检索文档 {Source}/{Key} 的阅读限制超过 {Max} 层，只有豁免对象能检索到它。",
                document.Source, document.Key, AccessFields.MaxGates);
        }

        _writer.UpdateDocument(IndexFields.IdTerm(document.Source, document.Key), mapped);
    }

    public void Delete(string source, string key)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        ThrowIfDisposed();
        _writer.DeleteDocuments(IndexFields.IdTerm(source, key));
    }

    /// <summary>Makes every write so far durable together with <paramref name="userData"/>, then refreshes the searchers.</summary>
    public void Commit(IReadOnlyDictionary<string, string> userData)
    {
        ArgumentNullException.ThrowIfNull(userData);
        ThrowIfDisposed();
        lock (_commitLock)
        {
            var data = new Dictionary<string, string>(userData, StringComparer.Ordinal) { [LayoutKey] = LayoutValue(Layout) };
            _writer.SetCommitData(data);
            _writer.Commit();
            Volatile.Write(ref _committedUserData, Snapshot(data));
        }

        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Merges the index down to at most <paramref name="segments"/> segments and commits (keeping the user data).</summary>
    public void ForceMerge(int segments)
    {
        ThrowIfDisposed();
        _writer.ForceMerge(segments);
        Commit(CommittedUserData);
    }

    /// <summary>Runs a search trimmed to what <paramref name="reader"/> may read.</summary>
    /// <exception cref="SearchValidationException">The query is empty, or the date range is reversed.</exception>
    public SearchResults Search(SearchRequest request, SearchReader reader)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        ThrowIfDisposed();
        var parsed = QueryTextParser.Parse(request.Query);
        var filter = RequestFilterBuilder.Build(request, _accessFilters.For(reader));
        var searcher = _searchers.Acquire();
        try
        {
            return SearchExecutor.Execute(searcher, parsed, filter, request, Layout);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Runs <paramref name="use"/> on the current searcher (for tests that compare queries directly).</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        ThrowIfDisposed();
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static IndexLayout ParseLayout(IReadOnlyDictionary<string, string> userData) =>
        userData.TryGetValue(LayoutKey, out var value) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && Enum.IsDefined((IndexLayout)number)
            ? (IndexLayout)number
            : IndexLayout.Separate;

    private static string LayoutValue(IndexLayout layout) => ((int)layout).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_commitLock)
        {
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private static ReadOnlyDictionary<string, string> Snapshot(IDictionary<string, string>? data) =>
        new(data is null ? new Dictionary<string, string>() : new Dictionary<string, string>(data, StringComparer.Ordinal));
}
