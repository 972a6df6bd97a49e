using Anshun.Users.Data;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Services;

/// <summary>
/// Identity's EF store, recording every new password hash in the password history with its time (every
/// way of setting a password — create, change, reset — ends here), for expiry and the no-reuse rule.
/// </summary>
public sealed class AnshunUserStore(UsersDbContext context, TimeProvider time, IdentityErrorDescriber? describer = null)
    : UserStore<AnshunUser, AnshunRole, UsersDbContext, string>(context, describer)
{
    /// <summary>Enough history for the strictest policy allowed.</summary>
    private const int HistoryKept = PasswordPolicy.MaximumHistoryCount;

    public override async Task SetPasswordHashAsync(AnshunUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
        if (passwordHash is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        user.PasswordChangedUtc = now;
        var outdated = await Context.PasswordHistory
            .Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.Id)
            .Skip(HistoryKept - 1)
            .ToListAsync(cancellationToken);
        Context.PasswordHistory.RemoveRange(outdated);
        Context.PasswordHistory.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = passwordHash, CreatedUtc = now });
    }
}
