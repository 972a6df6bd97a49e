using Anshun.Core.Users;
using Anshun.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <inheritdoc cref="IUserAccountSummaryReader" />
public sealed class UserAccountSummaryReader(UsersDbContext db) : IUserAccountSummaryReader
{
    public async Task<UserAccountSummary?> GetSummaryAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (
            from userRole in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            orderby role.DisplayName
            select role.DisplayName).ToListAsync(cancellationToken);
        return new UserAccountSummary(user.Id, user.UserName ?? "", roles, user.LastLoginUtc);
    }
}
