using System.Runtime.CompilerServices;
using Anshun.Core.Search;
using Anshun.Search.Data;
using Anshun.Search.Engine;
using Anshun.Search.Extraction;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Brings documents of an index up to date by asking their source how they look now: loaded → replaced
/// (with its attachments' text), null or no such source → removed. Loading is sequential (sources use the
/// worker's database contexts), analysis runs on <see cref="IndexingParallelism.Workers"/> threads. A failing
/// document is logged and recorded on the node, never stopping the others.
/// </summary>
public sealed class SearchDocumentIndexer(
    IEnumerable<ISearchIndexSource> sources,
    SearchTextExtractor extractor,
    SearchNodeIndex node,
    ILogger<SearchDocumentIndexer> logger)
{
    private readonly IReadOnlyList<ISearchIndexSource> _sources = sources.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>Every registered source, in the order a rebuild reads them.</summary>
    public IReadOnlyList<ISearchIndexSource> Sources => _sources;

    /// <summary>
    /// Applies the document and scope tasks of a batch: each document they name is looked at once (a task says
    /// "look again", so repeats add nothing), loaded one at a time and analysed by several workers.
    /// </summary>
    public async Task ApplyTasksAsync(SearchIndex target, IEnumerable<SearchTask> tasks, CancellationToken cancellationToken)
    {
        var keys = new List<(string Source, string Key)>();
        var seen = new HashSet<(string, string)>();
        foreach (var task in tasks)
        {
            IReadOnlyList<string> taskKeys = task switch
            {
                { Kind: SearchTaskKind.Document, Key: { } key } => [key],
                { Kind: SearchTaskKind.Scope, Scope: { } scope } => await KeysInScopeAsync(task.Source, scope, cancellationToken),
                _ => [],
            };
            foreach (var key in taskKeys)
            {
                if (seen.Add((task.Source, key)))
                {
                    keys.Add((task.Source, key));
                }
            }
        }

        await Parallel.ForEachAsync(LoadAsync(keys, cancellationToken), IndexingParallelism.Options(cancellationToken), (loaded, token) =>
        {
            try
            {
                if (loaded.Document is null)
                {
                    target.Delete(loaded.Source, loaded.Key);
                }
                else
                {
                    return new ValueTask(UpsertAsync(target, loaded.Document, token));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                Failed(ex, loaded.Source, loaded.Key);
            }

            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Loads one key after another (sources share the worker's database contexts); a key that fails to load is recorded and skipped.</summary>
    private async IAsyncEnumerable<(string Source, string Key, SearchDocument? Document)> LoadAsync(
        IReadOnlyList<(string Source, string Key)> keys, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (sourceName, key) in keys)
        {
            SearchDocument? document;
            try
            {
                var source = Find(sourceName);
                document = source is null ? null : await source.LoadAsync(key, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Failed(ex, sourceName, key);
                continue;
            }

            yield return (sourceName, key, document);
        }
    }

    private async Task<IReadOnlyList<string>> KeysInScopeAsync(string sourceName, string scope, CancellationToken cancellationToken)
    {
        var source = Find(sourceName);
        if (source is null)
        {
            logger.LogWarning("Search source {Source} is not registered; scope {Scope} skipped.", sourceName, scope);
            return [];
        }

        try
        {
            return await source.KeysInScopeAsync(scope, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Listing scope {Scope} of search source {Source} failed.", scope, sourceName);
            node.RecordError($"读取“{sourceName}”的范围“{scope}”失败，该范围的索引未更新：{ex.Message}");
            return [];
        }
    }

    /// <summary>Adds a document read by a rebuild; a failure is recorded and the rebuild goes on.</summary>
    public async Task UpsertAsync(SearchIndex target, SearchDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await UpsertCoreAsync(target, document, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(ex, document.Source, document.Key);
        }
    }

    private async Task UpsertCoreAsync(SearchIndex target, SearchDocument document, CancellationToken cancellationToken)
    {
        var text = document.Attachments.Count == 0 ? null : await extractor.ExtractAsync(document.Attachments, cancellationToken);
        target.Upsert(document, text);
    }

    private ISearchIndexSource? Find(string name) => _sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    private void Failed(Exception ex, string source, string key)
    {
        logger.LogError(ex, "Indexing document {Source}/{Key} failed.", source, key);
        node.RecordError($"索引文档“{source}/{key}”失败：{ex.Message}");
    }
}
