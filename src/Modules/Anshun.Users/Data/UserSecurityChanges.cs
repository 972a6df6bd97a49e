using Anshun.Core.Caching;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.Users.Data;

/// <summary>
/// Whether pending changes touch what access decisions read about people: accounts added or removed, an
/// account's enabled flag, security stamp or 密级, roles, role assignments and role permissions. A sign-in
/// that only records its time or a failed attempt does not count, so it retires no cached access data.
/// </summary>
internal static class UserSecurityChanges
{
    public static bool Pending(ChangeTracker tracker) => tracker.Entries().Any(Touches);

    private static bool Touches(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => entry.Entity is AnshunUser or AnshunRole or IdentityUserRole<string> or IdentityRoleClaim<string>,
        EntityState.Modified => entry.Entity switch
        {
            AnshunUser => entry.ValueChanged(nameof(AnshunUser.IsEnabled)) || entry.ValueChanged(nameof(AnshunUser.SecurityStamp))
                || entry.ValueChanged(nameof(AnshunUser.SecretLevel)),
            AnshunRole => entry.ValueChanged(nameof(AnshunRole.Name)),
            IdentityUserRole<string> or IdentityRoleClaim<string> => true,
            _ => false,
        },
        _ => false,
    };
}
