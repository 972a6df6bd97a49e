using Anshun.Core.Users;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <inheritdoc cref="IUserDirectory" />
public sealed class UserDirectory(UsersDbContext db) : IUserDirectory
{
    public async Task<UserInfo?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null ? null : ToInfo(user);
    }

    public async Task<UserInfo?> FindByNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = userName.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return user is null ? null : ToInfo(user);
    }

    public async Task<IReadOnlyList<UserInfo>> GetByIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return users.OrderBy(u => position[u.Id]).Select(ToInfo).ToList();
    }

    public static UserInfo ToInfo(AnshunUser user) => new(
        user.Id, user.UserName ?? "", user.DisplayName, user.Email, user.OfficePhone, user.Mobile, user.IsEnabled, user.SecretLevel);
}
