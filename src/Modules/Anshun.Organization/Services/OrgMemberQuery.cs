using Anshun.Core.Organization;
using Anshun.Core.Users;
using Anshun.Organization.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Organization.Services;

/// <summary>
/// A unit's members with their names. The user directory belongs to the users module and is
/// resolved lazily: without it, members are listed by user id only.
/// </summary>
public sealed class OrgMemberQuery(IOrganizationService organization, IServiceProvider services)
{
    public async Task<IReadOnlyList<OrgMember>> GetMembersAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var memberships = await organization.GetMembersAsync(unitId, includeDescendants: false, cancellationToken);
        if (memberships.Count == 0)
        {
            return [];
        }

        var directory = services.GetService<IUserDirectory>();
        var users = directory is null
            ? new Dictionary<string, UserInfo>()
            : (await directory.GetByIdsAsync(memberships.Select(m => m.UserId).Distinct(), cancellationToken))
                .ToDictionary(u => u.Id, StringComparer.Ordinal);
        return memberships
            .Select(m => users.TryGetValue(m.UserId, out var user)
                ? new OrgMember(m.UserId, user.UserName, user.DisplayName, m.Position, m.IsPrimary, user.IsEnabled)
                : new OrgMember(m.UserId, null, null, m.Position, m.IsPrimary, null))
            .ToList();
    }
}
