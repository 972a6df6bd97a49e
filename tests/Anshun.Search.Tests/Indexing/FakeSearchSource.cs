using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Anshun.Core.Search;

namespace Anshun.Search.Tests.Indexing;

/// <summary>
/// A searchable source kept in memory and shared by every node of a test site (as a module's tables would be).
/// A test can make one key fail, and hold a rebuild's reading after its first document.
/// </summary>
public sealed class FakeSearchSource : ISearchIndexSource
{
    public const string SourceName = "fake";
    public const string DocumentType = "FakeNote";

    private readonly ConcurrentDictionary<string, (SearchDocument Document, string? Scope)> _documents = new(StringComparer.Ordinal);

    public string Name => SourceName;

    /// <summary>Keys whose loading throws.</summary>
    public ConcurrentDictionary<string, bool> Failing { get; } = new(StringComparer.Ordinal);

    /// <summary>How often each key was loaded one by one (<see cref="LoadAsync"/>).</summary>
    public ConcurrentDictionary<string, int> Loads { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, a rebuild's reading waits for it after yielding the first document.</summary>
    public TaskCompletionSource? HoldReading { get; set; }

    /// <summary>Completed when a rebuild has read its first document.</summary>
    public TaskCompletionSource ReadingStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SearchDocument Put(string key, string title, string? body = null, string? scope = null, IReadOnlyList<SearchAttachment>? attachments = null)
    {
        var document = new SearchDocument(SourceName, key, DocumentType, "/fake/" + key, title)
        {
            Body = body,
            Attachments = attachments ?? [],
            PublishedUtc = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc),
        };
        _documents[key] = (document, scope);
        return document;
    }

    public void Remove(string key) => _documents.TryRemove(key, out _);

    public void ResetReading() => ReadingStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        Loads.AddOrUpdate(key, 1, (_, count) => count + 1);
        if (Failing.ContainsKey(key))
        {
            throw new InvalidOperationException("模拟的读取故障。");
        }

        return Task.FromResult(_documents.TryGetValue(key, out var entry) ? entry.Document : null);
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var keys = _documents.Keys.Where(k => afterKey is null || string.CompareOrdinal(k, afterKey) > 0).Order(StringComparer.Ordinal).ToList();
        var first = true;
        foreach (var key in keys)
        {
            if (!_documents.TryGetValue(key, out var entry))
            {
                continue;
            }

            yield return entry.Document;
            if (first)
            {
                first = false;
                ReadingStarted.TrySetResult();
                if (HoldReading is { } hold)
                {
                    await hold.Task.WaitAsync(cancellationToken);
                }
            }
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(_documents.Count);

    public Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_documents.Where(d => d.Value.Scope == scope).Select(d => d.Key).ToList());
}
