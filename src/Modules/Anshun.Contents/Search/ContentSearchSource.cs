using System.Runtime.CompilerServices;
using Anshun.Contents.Data;
using Anshun.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Search;

/// <summary>
/// Content items for the search index (全文检索: 内容): the published version of every item that is not
/// deleted and whose section (and every section above it) is enabled. Keys are content item ids.
/// </summary>
public sealed class ContentSearchSource(
    ContentsDbContext db,
    ContentSearchSections sections,
    ContentSearchDocumentBuilder builder) : ISearchIndexSource
{
    public const string SourceName = "content";

    /// <summary>Items read per page while rebuilding (two queries per page).</summary>
    public const int BatchSize = 500;

    private const string SectionScopePrefix = "section:";

    public string Name => SourceName;

    /// <summary>The scope of a section's rule change: its items and those of every section below it.</summary>
    public static string SectionScope(string sectionId) => SectionScopePrefix + sectionId;

    public async Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync([key], cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var tree = await sections.LoadAsync(cancellationToken);
        return await builder.BuildAsync(rows[0].Item, rows[0].Version, tree, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var tree = await sections.LoadAsync(cancellationToken);
        var after = afterKey ?? "";
        while (true)
        {
            // Walks the primary key a page at a time. Filtering on IsPublished here would let SQLite choose the
            // listing index and sort every published item again for each page (quadratic over a rebuild).
            var page = await db.Items.AsNoTracking()
                .Where(i => string.Compare(i.Id, after) > 0)
                .OrderBy(i => i.Id)
                .Select(i => i.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            var rows = await RowsAsync(page, cancellationToken);
            foreach (var document in await builder.BuildManyAsync(rows, tree, cancellationToken))
            {
                if (document is not null)
                {
                    yield return document;
                }
            }

            if (page.Count < BatchSize)
            {
                yield break;
            }

            after = page[^1];
        }
    }

    /// <summary>The published, not deleted items among <paramref name="ids"/> with their published versions, by id.</summary>
    private async Task<List<ContentSearchRow>> RowsAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var rows = await (
            from item in db.Items.AsNoTracking()
            where ids.Contains(item.Id)
            join version in db.Versions.AsNoTracking()
                on new { Id = item.Id, Number = item.PublishedVersion ?? 0 } equals new { Id = version.ContentItemId, Number = version.VersionNumber }
            select new ContentSearchRow(item, version)).ToListAsync(cancellationToken);
        return rows.Where(r => r.Item.IsPublished && !r.Item.IsDeleted).OrderBy(r => r.Item.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var tree = await sections.LoadAsync(cancellationToken);
        var searchable = tree.Keys.Where(id => ContentSearchAccess.For(tree, id) is not null).ToList();
        return await Published().CountAsync(i => i.SectionId == null || searchable.Contains(i.SectionId), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default)
    {
        if (!scope.StartsWith(SectionScopePrefix, StringComparison.Ordinal))
        {
            return [];
        }

        var sectionId = scope[SectionScopePrefix.Length..];
        var tree = await sections.LoadAsync(cancellationToken);
        var ids = new List<string> { sectionId };
        if (tree.TryGetValue(sectionId, out var section))
        {
            var prefix = section.Path + "/";
            ids.AddRange(tree.Values.Where(s => s.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(s => s.Id));
        }

        return await db.Items.AsNoTracking()
            .Where(i => i.SectionId != null && ids.Contains(i.SectionId))
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
    }

    // Compared with parameters, as ContentQuery does, so SQLite can use the listing index on (IsPublished, IsDeleted, ...).
    private IQueryable<ContentItemRecord> Published()
    {
        var published = true;
        var deleted = false;
        return db.Items.AsNoTracking().Where(i => i.IsPublished == published && i.IsDeleted == deleted);
    }
}
