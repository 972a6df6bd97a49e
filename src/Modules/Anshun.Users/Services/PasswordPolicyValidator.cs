using Anshun.Core.Settings;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// Checks a new password against the site's <see cref="PasswordPolicy"/>: composition, no user name,
/// and none of the user's recent passwords (compared through the password hasher, as only hashes are kept).
/// </summary>
public sealed class PasswordPolicyValidator(ISiteSettings settings, UsersDbContext db) : IPasswordValidator<AnshunUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AnshunUser> manager, AnshunUser user, string? password)
    {
        password ??= "";
        var policy = (await settings.GetAsync<PasswordPolicy>(PasswordPolicy.SettingKey)).Effective();
        var errors = PasswordPolicyRules.Check(policy, user.UserName, password).ToList();
        if (errors.Count == 0 && await IsRecentlyUsedAsync(manager, user, password, policy.HistoryCount))
        {
            errors.Add(new IdentityError
            {
                Code = "PasswordReused",
                Description = $"新密码不能与最近 {policy.HistoryCount} 次使用过的密码相同。",
            });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private async Task<bool> IsRecentlyUsedAsync(UserManager<AnshunUser> manager, AnshunUser user, string password, int historyCount)
    {
        var hashes = await db.PasswordHistory.AsNoTracking()
            .Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.Id)
            .Take(historyCount)
            .Select(h => h.PasswordHash)
            .ToListAsync();
        if (user.PasswordHash is { } current)
        {
            hashes.Add(current);
        }

        return hashes.Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
    }
}
