using Anshun.Contents.Data;
using Anshun.Contents.Models;
using Anshun.Contents.Search;
using Anshun.Contents.Services;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Sections;

/// <inheritdoc cref="ISectionStore" />
/// <remarks>
/// Reads come from <see cref="SectionTreeCache"/>, checked against the change counter at most once a second
/// (and at once after a change on this node); each request keeps the tree it started with (scoped). Every write validates, saves, raises the counter and audits in one transaction.
/// </remarks>
public sealed class SectionStore(
    Deferred<SectionsDbContext> sectionsDb,
    Deferred<ContentsDbContext> contentsDb,
    IDataSession session,
    SectionTreeCache cache,
    Deferred<SectionValidator> validators,
    Deferred<IAuditLog> auditLog,
    TimeProvider time,
    Deferred<ISearchIndexQueue> searchQueues) : ISectionStore
{
    private IReadOnlyList<SectionInfo>? _current;

    // Every request asks for the tree and nearly always gets it from memory; what writes need is resolved on use.
    private SectionsDbContext Db => sectionsDb.Value;

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
        var version = await Db.States.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
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
        await validators.Value.ValidateAsync(section, all, cancellationToken);

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
            Db.Sections.Add(record);
        }
        else
        {
            record = await Db.Sections.FirstAsync(s => s.Id == section.Id, cancellationToken);
            record.SortOrder = section.SortOrder;
            Db.Rules.RemoveRange(await Db.Rules.Where(r => r.SectionId == record.Id).ToListAsync(cancellationToken));
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
        Db.Rules.AddRange(rules.Select((rule, index) => new SectionRuleRecord
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
            foreach (var descendant in await Db.Sections.Where(s => s.Path.StartsWith(prefix)).ToListAsync(cancellationToken))
            {
                descendant.Path = record.Path + "/" + descendant.Path[prefix.Length..];
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(cancellationToken);
        await auditLog.Value.WriteAsync(new AuditEntry(
            isNew ? SectionAuditEvents.Created : SectionAuditEvents.Updated,
            record.Code,
            isNew ? $"新建栏目“{record.Name}”，授权 {rules.Count} 条。" : $"修改栏目“{record.Name}”，授权 {rules.Count} 条。"), cancellationToken);
        if (!isNew)
        {
            // Rules, enabled state or place may have changed: the search index looks again at the subtree's items.
            await searchQueues.Value.EnqueueScopeAsync(ContentSearchSource.SourceName, ContentSearchSource.SectionScope(record.Id), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Db.ChangeTracker.Clear();
        cache.Invalidate();
        _current = null;
        return (await FindAsync(record.Id, cancellationToken))!;
    }

    public async Task DeleteAsync(string sectionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var record = await Db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId, cancellationToken)
            ?? throw new ContentNotFoundException("栏目不存在。");
        if (await Db.Sections.AnyAsync(s => s.ParentId == sectionId, cancellationToken))
        {
            throw new ContentValidationException("sectionId", $"栏目“{record.Name}”还有下级栏目，不能删除。");
        }

        // Items in the recycle bin still belong to the section: it can go only when no item names it.
        if (await contentsDb.Value.Items.AnyAsync(i => i.SectionId == sectionId || i.LatestSectionId == sectionId, cancellationToken))
        {
            throw new ContentValidationException("sectionId", $"栏目“{record.Name}”中还有内容（含回收站），不能删除。");
        }

        Db.Rules.RemoveRange(await Db.Rules.Where(r => r.SectionId == sectionId).ToListAsync(cancellationToken));
        Db.Sections.Remove(record);
        await Db.SaveChangesAsync(cancellationToken);
        await BumpVersionAsync(cancellationToken);
        await auditLog.Value.WriteAsync(new AuditEntry(SectionAuditEvents.Deleted, record.Code, $"删除栏目“{record.Name}”。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Db.ChangeTracker.Clear();
        cache.Invalidate();
        _current = null;
    }

    private async Task BumpVersionAsync(CancellationToken cancellationToken)
    {
        var state = await Db.States.FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state is null)
        {
            Db.States.Add(new SectionState { Id = 1, Version = 1 });
        }
        else
        {
            state.Version++;
        }

        await Db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<SectionInfo>> LoadAsync(CancellationToken cancellationToken)
    {
        var records = await Db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var rules = (await Db.Rules.AsNoTracking().ToListAsync(cancellationToken))
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
