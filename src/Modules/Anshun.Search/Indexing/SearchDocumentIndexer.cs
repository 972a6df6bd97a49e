using Anshun.Core.Search;
using Anshun.Search.Engine;
using Anshun.Search.Extraction;
using Microsoft.Extensions.Logging;

namespace Anshun.Search.Indexing;

/// <summary>
/// Brings one document of an index up to date by asking its source how it looks now: loaded → replaced
/// (with its attachments' text), null or no such source → removed. A failing document is logged and
/// recorded on the node, never stopping the others.
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

    public async Task ApplyAsync(SearchIndex target, string sourceName, string key, CancellationToken cancellationToken)
    {
        try
        {
            var source = Find(sourceName);
            var document = source is null ? null : await source.LoadAsync(key, cancellationToken);
            if (document is null)
            {
                target.Delete(sourceName, key);
                return;
            }

            await UpsertCoreAsync(target, document, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(ex, sourceName, key);
        }
    }

    public async Task ApplyScopeAsync(SearchIndex target, string sourceName, string scope, CancellationToken cancellationToken)
    {
        var source = Find(sourceName);
        if (source is null)
        {
            logger.LogWarning("Search source {Source} is not registered; scope {Scope} skipped.", sourceName, scope);
            return;
        }

        IReadOnlyList<string> keys;
        try
        {
            keys = await source.KeysInScopeAsync(scope, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Listing scope {Scope} of search source {Source} failed.", scope, sourceName);
            node.RecordError($"读取“{sourceName}”的范围“{scope}”失败，该范围的索引未更新：{ex.Message}");
            return;
        }

        foreach (var key in keys)
        {
            await ApplyAsync(target, sourceName, key, cancellationToken);
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
