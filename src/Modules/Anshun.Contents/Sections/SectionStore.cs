using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Sections;

/// <inheritdoc cref="ISectionStore" />
/// <remarks>
/// Reads come from <see cref="SectionTreeCache"/>, checked against the change counter at most once a second
/// (and at once after a change on this node); each request keeps the tree it started with (scoped). Every write validates, saves, raises the counter and audits in one transaction.
/// </remarks>
public sealed class SectionStore(
    SectionsDbContext db,
    ContentsDbContext contents,
    IDataSession session,
    SectionTreeCache cache,
    SectionValidator validator,
    IAuditLog audit,
    TimeProvider time) : ISectionStore
{
    private IReadOnlyList<SectionInfo>? _current;

    public async Task<IReadOnlyList<SectionInfo>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        if (_current is not null)
        {
            return _current;
        }

        if (!session.InTransaction && cache.TryGetFresh() is { } fresh)
        {
            _current = fresh;
            return fresh;
        }

        // The counter is read before the rows: a change in between makes the next request reload.
        var version = await db.States.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        var sections = cache.TryGet(version);
        if (sections is null)
        {
            sections = await LoadAsync(cancellationToken);
            if (!session.InTransaction)
            {
                // Rows read inside a transaction may still roll back; only committed trees are shared.
                cache.Set(version, sections);
            }
        }

        _current = sections;
        return sections;
    }

    public async Task<SectionInfo?> FindAsync(string idOrCode, CancellationToken cancellationToken = default)
    {
        var all = await GetAllAsync(cancellationToken);
        return all.FirstOrDefault(s => s.Id == idOrCode) ?? all.FirstOrDefault(s => s.Code == idOrCode);
    }

    public async Task<SectionInfo> SaveAsync(SectionInfo section, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        _current = null;
        var all = await LoadAsync(cancellationToken);
        var isNew = string.IsNullOrEmpty(section.Id);
        if (!isNew && all.All(s => s.Id != section.Id))
        {
            throw new ContentNotFoundException("栏目不存在。");
        }

        var rules = section.Rules.Distinct().ToList();
        section = section with
        {
            Code = SectionRules.Clean(section.Code) ?? "",
            Name = SectionRules.Clean(section.Name) ?? "",
            Description = SectionRules.Clean(section.Description),
            ParentId = SectionRules.Clean(section.ParentId),
            OwnerUnitId = SectionRules.Clean(section.OwnerUnitId),
            ContentTypes = section.ContentTypes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Rules = rules,
        };
        await validator.ValidateAsync(section, all, cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var parent = all.FirstOrDefault(s => s.Id == section.ParentId);
        SectionRecord record;
        if (isNew)
        {
            var id = Guid.CreateVersion7().ToString("N");
            var sortOrder = section.SortOrder > 0
                ? section.SortOrder
                : all.Where(s => s.ParentId == section.ParentId).Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1;
            record = new SectionRecord { Id = id, CreatedUtc = now, SortOrder = sortOrder };
            db.Sections.Add(record);
        }
        else
        {
            record = await db.Sections.FirstAsync(s => s.Id == section.Id, cancellationToken);
            record.SortOrder = section.SortOrder;
            db.Rules.RemoveRange(await db.Rules.Where(r => r.SectionId == record.Id).ToListAsync(cancellationToken));
        }

        var oldPath = record.Path;
        record.ParentId = section.ParentId;
        record.Code = section.Code;
        record.Name = section.Name;
        record.Description = section.Description;
        record.Path = parent is null ? record.Id : parent.Path + "/" + record.Id;
        record.OwnerUnitId = section.OwnerUnitId;
        record.RequiresReview = section.RequiresReview;
        record.ContentTypes = string.Join(',', section.ContentTypes);
        record.IsEnabled = section.IsEnabled;
        record.UpdatedUtc = now;
        db.Rules.AddRange(rules.Select((rule, index) => new SectionRuleRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            SectionId = record.Id,
            Role = rule.Role,
            Kind = rule.Principal.Kind,
            Value = rule.Principal.Value,
            RoleName = rule.Principal.Kind == PrincipalKind.UnitRole ? rule.Principal.Role : null,
            SortOrder = index,
        }));

        if (!isNew && oldPath != record.Path)
        {
            // Moving a section moves its subtree: descendants' paths follow the new parent.
            var prefix = oldPath + "/";
            foreach (var descendant in await db.Sections.Where(s => s.Path.StartsWith(prefix)).ToListAsync(cancellationToken))
            {
                descendant.Path = record.Path + "/" + descendant.Path[prefix.Length..];
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(
            isNew ? SectionAuditEvents.Created : SectionAuditEvents.Updated,
            record.Code,
            isNew ? $"新建栏目“{record.Name}”，授权 {rules.Count} 条。" : $"修改栏目“{record.Name}”，授权 {rules.Count} 条。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        cache.Invalidate();
        _current = null;
        return (await FindAsync(record.Id, cancellationToken))!;
    }

    public async Task DeleteAsync(string sectionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var record = await db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new ContentNotFoundException("栏目不存在。");
        if (await db.Sections.AnyAsync(s => s.ParentId == sectionId, cancellationToken))
        {
            throw new ContentValidationException("sectionId", $"栏目“{record.Name}”还有下级栏目，不能删除。");
        }

        // Items in the recycle bin still belong to the section: it can go only when no item names it.
        if (await contents.Items.AnyAsync(i => i.SectionId == sectionId || i.LatestSectionId == sectionId, cancellationToken))
        {
            throw new ContentValidationException("sectionId", $"栏目“{record.Name}”中还有内容（含回收站），不能删除。");
        }

        db.Rules.RemoveRange(await db.Rules.Where(r => r.SectionId == sectionId).ToListAsync(cancellationToken));
        db.Sections.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(SectionAuditEvents.Deleted, record.Code, $"删除栏目“{record.Name}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        cache.Invalidate();
        _current = null;
    }

    private async Task BumpVersionAsync(CancellationToken cancellationToken)
    {
        var state = await db.States.FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state is null)
        {
            db.States.Add(new SectionState { Id = 1, Version = 1 });
        }
        else
        {
            state.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<SectionInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        var records = await db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var rules = (await db.Rules.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.SortOrder)
            .ToLookup(r => r.SectionId);
        var children = records.ToLookup(r => r.ParentId ?? "");
        var ordered = new List<SectionInfo>(records.Count);
        void Walk(string parentKey)
        {
            foreach (var record in children[parentKey].OrderBy(r => r.SortOrder).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                ordered.Add(ToInfo(record, rules[record.Id]));
                Walk(record.Id);
            }
        }

        Walk("");
        return ordered;
    }

    private static SectionInfo ToInfo(SectionRecord record, IEnumerable<SectionRuleRecord> rules) =>
        new(record.Id, record.ParentId, record.Code, record.Name, record.SortOrder, record.Path)
        {
            Description = record.Description,
            OwnerUnitId = record.OwnerUnitId,
            RequiresReview = record.RequiresReview,
            ContentTypes = record.ContentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries),
            IsEnabled = record.IsEnabled,
            Rules = rules.Select(r => new SectionRule(r.Role, new PrincipalRule(r.Kind, r.Value, r.RoleName))).ToList(),
        };
}
