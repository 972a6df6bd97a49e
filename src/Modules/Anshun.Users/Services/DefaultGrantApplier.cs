using Anshun.Core.Security;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anshun.Users.Services;

/// <summary>
/// Gives each role the enabled modules' <see cref="DefaultGrant"/>s it was never given, through <see cref="RoleService"/>
/// (same checks, one audited change per role), and records them in <c>Users_AppliedDefaultGrants</c>, so a site set up
/// before a module existed gets that module's grants once, and one an administrator takes away stays away.
/// A role the site does not have is tried again at the next start; a grant the checks refuse (三员分立) is logged and
/// left to the administrator.
/// </summary>
public sealed class DefaultGrantApplier(
    IEnumerable<IPermissionProvider> providers,
    UsersDbContext db,
    RoleCatalog roles,
    RoleService roleService,
    TimeProvider time,
    ILogger<DefaultGrantApplier> logger) : IDefaultGrantApplier
{
    public async Task ApplyAsync(CancellationToken cancellationToken = default)
    {
        var declared = providers.SelectMany(p => p.GetDefaultGrants()).Distinct().ToList();
        if (declared.Count == 0)
        {
            return;
        }

        var applied = (await db.AppliedDefaultGrants.AsNoTracking().ToListAsync(cancellationToken))
            .Select(g => new DefaultGrant(g.Role, g.Permission))
            .ToHashSet();
        foreach (var forRole in declared.Where(g => !applied.Contains(g)).GroupBy(g => g.Role, StringComparer.Ordinal))
        {
            var role = await roles.FindByNameAsync(forRole.Key, cancellationToken);
            if (role is null)
            {
                continue;
            }

            var held = await roles.GetPermissionsAsync(role.Id, cancellationToken);
            var missing = forRole.Select(g => g.Permission).Where(p => !held.Contains(p, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                var input = new RoleInput
                {
                    Name = role.Name,
                    DisplayName = role.DisplayName,
                    Description = role.Description,
                    Permissions = [.. held, .. missing],
                };
                var result = await roleService.UpdateAsync(role, input, cancellationToken: cancellationToken);
                if (!result.Succeeded)
                {
                    logger.LogWarning("Default grants {Permissions} not given to role {Role}: {Reason}",
                        string.Join(", ", missing), role.Name, result.Describe());
                    continue;
                }

                logger.LogInformation("Gave role {Role} the default grants {Permissions}.", role.Name, string.Join(", ", missing));
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.AppliedDefaultGrants.AddRange(forRole.Select(g => new AppliedDefaultGrant { Role = g.Role, Permission = g.Permission, AppliedUtc = now }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
