using Anshun.Contents.Models;
using Anshun.Contents.Sections;
using Anshun.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Search;

/// <summary>
/// The section tree as committed now, for indexing. The portal's copy may lag another node's rule change
/// by a second; the search worker reads a task only after that change committed, so it checks the change
/// counter itself and uses the shared copy only when the counter says it is current.
/// </summary>
public sealed class ContentSearchSections(SectionsDbContext db, SectionTreeCache cache)
{
    public async Task<IReadOnlyDictionary<string, SectionInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        var version = await db.States.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        var sections = cache.TryGet(version) ?? await ReadAsync(cancellationToken);
        return sections.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<SectionInfo>> ReadAsync(CancellationToken cancellationToken)
    {
        var records = await db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var rules = (await db.Rules.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(r => r.SectionId);
        return records.Select(record => new SectionInfo(record.Id, record.ParentId, record.Code, record.Name, record.SortOrder, record.Path)
        {
            IsEnabled = record.IsEnabled,
            OwnerUnitId = record.OwnerUnitId,
            Rules = rules[record.Id]
                .Select(r => new SectionRule(r.Role, new PrincipalRule(r.Kind, r.Value, r.RoleName)))
                .ToList(),
        }).ToList();
    }
}
