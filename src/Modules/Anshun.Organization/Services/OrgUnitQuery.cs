using Anshun.Organization.Data;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Organization.Services;

/// <summary>Read-only views of the unit tree for the admin pages and the API.</summary>
public sealed class OrgUnitQuery(OrganizationDbContext db)
{
    /// <summary>Units in tree order (parents first, siblings by sort order); deactivated ones only when asked.</summary>
    public async Task<List<OrgUnit>> ListAsync(bool includeInactive, CancellationToken cancellationToken = default)
    {
        var query = db.Units.AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(u => u.IsActive);
        }

        return OrgUnitTree.Order(await query.ToListAsync(cancellationToken));
    }

    public async Task<OrgUnit?> FindAsync(string? idOrCode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(idOrCode))
        {
            return null;
        }

        var key = idOrCode.Trim();
        var code = OrgUnitRules.NormalizeCode(key);
        return await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == key, cancellationToken)
            ?? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
    }

    public async Task<List<OrgUnit>> ChildrenAsync(string parentId, CancellationToken cancellationToken = default) =>
        OrgUnitTree.Order(await db.Units.AsNoTracking().Where(u => u.ParentId == parentId).ToListAsync(cancellationToken))
            .Where(u => u.ParentId == parentId)
            .ToList();
}
