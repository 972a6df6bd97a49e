using Anshun.Core.Organization;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>Reads the user list (search by user name, 姓名 or unit name; filter by unit and its sub-units; paging).</summary>
public sealed class UserQueryService(UsersDbContext db, IOrganizationService organization, TimeProvider time)
{
    public async Task<UserPage> SearchAsync(UserSearch search, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, UserSearch.MaxPageSize);
        var page = Math.Max(1, search.Page);
        var units = (await organization.GetUnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        var users = db.Users.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(search.Unit))
        {
            var unit = await organization.FindUnitAsync(search.Unit.Trim(), cancellationToken);
            var members = unit is null ? [] : (await organization.GetMembersAsync(unit.Id, includeDescendants: true, cancellationToken))
                .Select(m => m.UserId).Distinct().ToList();
            users = users.Where(u => members.Contains(u.Id));
        }

        if (!string.IsNullOrWhiteSpace(search.Query))
        {
            var text = search.Query.Trim();
            var upper = text.ToUpperInvariant();
            var inUnits = new List<string>();
            foreach (var unit in units.Values.Where(u => u.Name.Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                inUnits.AddRange((await organization.GetMembersAsync(unit.Id, includeDescendants: false, cancellationToken)).Select(m => m.UserId));
            }

            inUnits = inUnits.Distinct().ToList();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(text) || inUnits.Contains(u.Id));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roleNames = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            where ids.Contains(userRole.UserId)
            select new { userRole.UserId, role.DisplayName }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var items = new List<UserListItem>();
        foreach (var user in rows)
        {
            var primary = (await organization.GetMembershipsAsync(user.Id, cancellationToken)).OrderByDescending(m => m.IsPrimary).FirstOrDefault();
            items.Add(new UserListItem(
                user.Id,
                user.UserName ?? "",
                user.DisplayName,
                user.Email,
                user.IsEnabled,
                user.SecretLevel,
                user.LockoutEnd is { } end && end > now ? end.UtcDateTime : null,
                user.TwoFactorEnabled,
                roleNames.Where(r => r.UserId == user.Id).Select(r => r.DisplayName).Order().ToList(),
                primary is null ? null : units.GetValueOrDefault(primary.UnitId)?.Name,
                primary?.Position,
                user.LastLoginUtc));
        }

        return new UserPage(items, total, page, pageSize);
    }
}
