using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Organization.Data;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Organization.Services;

/// <summary>
/// Changes to the unit tree made by an administrator: create, edit, move, reorder, deactivate.
/// Each change is validated (nothing is saved when refused), transactional and audited.
/// </summary>
public sealed class OrgUnitManager(
    OrganizationDbContext db,
    IDataSession session,
    IAuditLog audit,
    IEnumerable<IOrganizationEventHandler> handlers,
    TimeProvider time)
{
    public async Task<OrgUnit?> FindAsync(string? idOrCode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(idOrCode))
        {
            return null;
        }

        var key = idOrCode.Trim();
        var code = OrgUnitRules.NormalizeCode(key);
        return await db.Units.FirstOrDefaultAsync(u => u.Id == key, cancellationToken)
            ?? await db.Units.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
    }

    /// <summary>Creates a unit at the end of its parent's children.</summary>
    /// <exception cref="OrgValidationException">Bad fields, a taken code, or a missing or inactive parent.</exception>
    public async Task<OrgUnit> CreateAsync(OrgUnitInput input, CancellationToken cancellationToken = default)
    {
        var errors = OrgUnitRules.Validate(input);
        OrgUnit? parent = null;
        if (OrgUnitRules.Clean(input.ParentId) is { } parentKey)
        {
            parent = await FindAsync(parentKey, cancellationToken);
            if (parent is null)
            {
                errors.Add(new("parentId", "上级单位不存在。"));
            }
            else if (!parent.IsActive)
            {
                errors.Add(new("parentId", $"上级单位“{parent.Name}”已停用，不能在其下新建单位。"));
            }
        }

        await CheckUniqueAsync(input, null, parent?.Id, errors, cancellationToken);
        ThrowIfAny(errors);

        var now = time.GetUtcNow().UtcDateTime;
        var id = Guid.NewGuid().ToString("N");
        var unit = new OrgUnit
        {
            Id = id,
            ParentId = parent?.Id,
            Path = OrgUnitTree.PathUnder(parent, id),
            SortOrder = await NextSortOrderAsync(parent?.Id, cancellationToken),
            IsActive = true,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        Apply(unit, input);

        var joined = session.InTransaction;
        try
        {
            await using var transaction = await session.BeginTransactionAsync(cancellationToken);
            db.Units.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
            var where = parent is null ? "作为顶级单位" : $"在“{parent.Name}”下";
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitCreated, unit.Code, $"{where}新建单位“{unit.Name}”（{unit.Code}）。"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.Entry(unit).State = EntityState.Detached;
            throw await CodeTakenAsync(unit.Code, unit.Id, joined, cancellationToken);
        }

        return unit;
    }

    /// <summary>Edits a unit's own fields; its place in the tree is changed by <see cref="MoveAsync"/>.</summary>
    public async Task<OrgUnit> UpdateAsync(string id, OrgUnitInput input, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(id, cancellationToken);
        var errors = OrgUnitRules.Validate(input);
        await CheckUniqueAsync(input, unit.Id, unit.ParentId, errors, cancellationToken);
        ThrowIfAny(errors);

        var before = $"{unit.Name}（{unit.Code}）";
        Apply(unit, input);
        unit.UpdatedUtc = time.GetUtcNow().UtcDateTime;

        var joined = session.InTransaction;
        try
        {
            await using var transaction = await session.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await RaiseChangedAsync(unit, cancellationToken);
            await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitUpdated, unit.Code, $"修改单位“{before}”，现为“{unit.Name}”（{unit.Code}）。"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.Entry(unit).State = EntityState.Detached;
            throw await CodeTakenAsync(unit.Code, unit.Id, joined, cancellationToken);
        }

        return unit;
    }

    /// <summary>Moves a unit (with its whole subtree) under another parent, or to the top when <paramref name="newParentId"/> is null.</summary>
    /// <exception cref="OrgValidationException">The new parent is the unit itself, one of its descendants, missing or inactive.</exception>
    public async Task<OrgUnit> MoveAsync(string id, string? newParentId, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(id, cancellationToken);
        OrgUnit? parent = null;
        if (OrgUnitRules.Clean(newParentId) is { } parentKey)
        {
            parent = await FindAsync(parentKey, cancellationToken)
                ?? throw new OrgValidationException("parentId", "目标上级单位不存在。");
            if (OrgUnitTree.IsSelfOrDescendant(parent, unit))
            {
                throw new OrgValidationException("parentId", $"不能把“{unit.Name}”移到它自身或它的下级单位之下。");
            }

            if (!parent.IsActive)
            {
                throw new OrgValidationException("parentId", $"目标上级单位“{parent.Name}”已停用。");
            }
        }

        if (unit.ParentId == parent?.Id)
        {
            return unit;
        }

        var errors = new List<OrgFieldError>();
        await CheckSiblingNameAsync(unit.Name, unit.Id, parent?.Id, errors, cancellationToken);
        ThrowIfAny(errors);

        var oldParentName = unit.ParentId is null ? "顶级" : (await db.Units.FindAsync([unit.ParentId], cancellationToken))?.Name;
        var prefix = unit.Path + "/";
        var descendants = await db.Units.Where(u => u.Path.StartsWith(prefix)).ToListAsync(cancellationToken);
        OrgUnitTree.Reparent(unit, parent, descendants);
        unit.SortOrder = await NextSortOrderAsync(parent?.Id, cancellationToken);
        unit.UpdatedUtc = time.GetUtcNow().UtcDateTime;

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseChangedAsync(unit, cancellationToken);
        var detail = $"将单位“{unit.Name}”（{unit.Code}）从“{oldParentName}”移至“{parent?.Name ?? "顶级"}”，连同 {descendants.Count} 个下级单位。";
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitUpdated, unit.Code, detail), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unit;
    }

    /// <summary>Places a unit at <paramref name="position"/> (1-based, clamped) among its siblings and renumbers them.</summary>
    public async Task<OrgUnit> SetPositionAsync(string id, int position, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(id, cancellationToken);
        var siblings = OrgUnitTree.Order(await db.Units.Where(u => u.ParentId == unit.ParentId).ToListAsync(cancellationToken))
            .Where(u => u.ParentId == unit.ParentId)
            .ToList();
        siblings.Remove(unit);
        var index = Math.Clamp(position - 1, 0, siblings.Count);
        siblings.Insert(index, unit);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }

        unit.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitUpdated, unit.Code, $"调整单位“{unit.Name}”（{unit.Code}）的排序，现为同级第 {index + 1} 位。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unit;
    }

    /// <summary>停用: refused while the unit still has members or active children.</summary>
    public async Task<OrgUnit> DeactivateAsync(string id, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(id, cancellationToken);
        if (!unit.IsActive)
        {
            return unit;
        }

        var members = await db.Memberships.CountAsync(m => m.UnitId == unit.Id, cancellationToken);
        if (members > 0)
        {
            throw new OrgValidationException("id", $"单位“{unit.Name}”还有 {members} 名人员，请先将人员调出后再停用。");
        }

        var children = await db.Units.CountAsync(u => u.ParentId == unit.Id && u.IsActive, cancellationToken);
        if (children > 0)
        {
            throw new OrgValidationException("id", $"单位“{unit.Name}”还有 {children} 个未停用的下级单位，请先停用或移走下级单位。");
        }

        unit.IsActive = false;
        unit.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseChangedAsync(unit, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitDeleted, unit.Code, $"停用单位“{unit.Name}”（{unit.Code}）。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unit;
    }

    /// <summary>启用 a deactivated unit again; refused while its parent is deactivated.</summary>
    public async Task<OrgUnit> ActivateAsync(string id, CancellationToken cancellationToken = default)
    {
        var unit = await RequireAsync(id, cancellationToken);
        if (unit.IsActive)
        {
            return unit;
        }

        if (unit.ParentId is not null && await db.Units.FindAsync([unit.ParentId], cancellationToken) is { IsActive: false } parent)
        {
            throw new OrgValidationException("id", $"上级单位“{parent.Name}”已停用，请先启用上级单位。");
        }

        unit.IsActive = true;
        unit.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseChangedAsync(unit, cancellationToken);
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.OrgUnitUpdated, unit.Code, $"启用单位“{unit.Name}”（{unit.Code}）。"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return unit;
    }

    /// <summary>Tells every <see cref="IOrganizationEventHandler"/>, inside the change's transaction.</summary>
    private async Task RaiseChangedAsync(OrgUnit unit, CancellationToken cancellationToken)
    {
        var context = new OrgUnitEventContext(unit.Id, unit.Code);
        foreach (var handler in handlers)
        {
            await handler.UnitChangedAsync(context, cancellationToken);
        }
    }

    private async Task<OrgUnit> RequireAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new OrgUnitNotFoundException(id);

    private async Task CheckUniqueAsync(OrgUnitInput input, string? selfId, string? parentId, List<OrgFieldError> errors, CancellationToken cancellationToken)
    {
        var code = OrgUnitRules.NormalizeCode(input.Code);
        if (code.Length > 0 && errors.All(e => e.Field != "code")
            && await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code && u.Id != selfId, cancellationToken) is { } holder)
        {
            errors.Add(new("code", $"单位代码“{code}”已被“{holder.Name}”使用。"));
        }

        if (OrgUnitRules.Clean(input.Name) is { } name && errors.All(e => e.Field != "name"))
        {
            await CheckSiblingNameAsync(name, selfId, parentId, errors, cancellationToken);
        }
    }

    /// <summary>
    /// The error for a code taken by a concurrent request after our check. Inside a caller's transaction
    /// the database may refuse further queries (PostgreSQL), so the holder is only looked up on our own.
    /// </summary>
    private async Task<OrgValidationException> CodeTakenAsync(string code, string selfId, bool joined, CancellationToken cancellationToken)
    {
        var holder = joined ? null : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code && u.Id != selfId, cancellationToken);
        return new OrgValidationException("code", holder is null
            ? $"单位代码“{code}”已被其他单位使用。"
            : $"单位代码“{code}”已被“{holder.Name}”使用。");
    }

    private async Task CheckSiblingNameAsync(string name, string? selfId, string? parentId, List<OrgFieldError> errors, CancellationToken cancellationToken)
    {
        if (await db.Units.AsNoTracking().AnyAsync(u => u.ParentId == parentId && u.Name == name && u.Id != selfId, cancellationToken))
        {
            errors.Add(new("name", $"同一上级单位下已有名为“{name}”的单位。"));
        }
    }

    private async Task<int> NextSortOrderAsync(string? parentId, CancellationToken cancellationToken) =>
        (await db.Units.Where(u => u.ParentId == parentId).MaxAsync(u => (int?)u.SortOrder, cancellationToken) ?? 0) + 1;

    private static void Apply(OrgUnit unit, OrgUnitInput input)
    {
        unit.Code = OrgUnitRules.NormalizeCode(input.Code);
        unit.Name = OrgUnitRules.Clean(input.Name)!;
        unit.ShortName = OrgUnitRules.Clean(input.ShortName);
        unit.Kind = input.Kind!.Value;
        unit.Phone = OrgUnitRules.Clean(input.Phone);
        unit.Address = OrgUnitRules.Clean(input.Address);
    }

    private static void ThrowIfAny(List<OrgFieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new OrgValidationException(errors);
        }
    }
}
