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

    /// <summary>Items read per query while rebuilding.</summary>
    public const int BatchSize = 200;

    private const string SectionScopePrefix = "section:";

    public string Name => SourceName;

    /// <summary>The scope of a section's rule change: its items and those of every section below it.</summary>
    public static string SectionScope(string sectionId) => SectionScopePrefix + sectionId;

    public async Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = await (
            from item in Published()
            where item.Id == key
            join version in db.Versions.AsNoTracking()
                on new { Id = item.Id, Number = item.PublishedVersion ?? 0 } equals new { Id = version.ContentItemId, Number = version.VersionNumber }
            select new { Item = item, Version = version }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var tree = await sections.LoadAsync(cancellationToken);
        return await builder.BuildAsync(row.Item, row.Version, tree, cancellationToken);
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var tree = await sections.LoadAsync(cancellationToken);
        var after = afterKey ?? "";
        while (true)
        {
            var batch = await (
                from item in Published()
                where string.Compare(item.Id, after) > 0
                join version in db.Versions.AsNoTracking()
                    on new { Id = item.Id, Number = item.PublishedVersion ?? 0 } equals new { Id = version.ContentItemId, Number = version.VersionNumber }
                orderby item.Id
                select new { Item = item, Version = version }).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                if (await builder.BuildAsync(row.Item, row.Version, tree, cancellationToken) is { } document)
                {
                    yield return document;
                }
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Item.Id;
        }
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
