using Anshun.Core.Caching;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.Organization.Data;

/// <summary>
/// Whether pending changes touch what access rules read from the organization: memberships, and units
/// added, removed, moved (their path holds the ancestors a member belongs to) or deactivated. Renaming a
/// unit or changing its phone does not count.
/// </summary>
internal static class OrgSecurityChanges
{
    public static bool Pending(ChangeTracker tracker) => tracker.Entries().Any(Touches);

    private static bool Touches(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => entry.Entity is OrgMembership or OrgUnit,
        EntityState.Modified => entry.Entity switch
        {
            OrgMembership => true,
            OrgUnit => entry.ValueChanged(nameof(OrgUnit.Path)) || entry.ValueChanged(nameof(OrgUnit.ParentId)) || entry.ValueChanged(nameof(OrgUnit.IsActive)),
            _ => false,
        },
        _ => false,
    };
}
