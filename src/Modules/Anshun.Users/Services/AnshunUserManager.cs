using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anshun.Users.Services;

/// <summary>
/// Identity's user manager, with lockout reading the injected <see cref="TimeProvider"/> (Identity itself
/// uses the system clock, which tests could not move). Password history is kept by <see cref="AnshunUserStore"/>.
/// </summary>
public sealed class AnshunUserManager(
    IUserStore<AnshunUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AnshunUser> passwordHasher,
    IEnumerable<IUserValidator<AnshunUser>> userValidators,
    IEnumerable<IPasswordValidator<AnshunUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AnshunUser>> logger,
    TimeProvider time)
    : UserManager<AnshunUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public override async Task<bool> IsLockedOutAsync(AnshunUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await GetLockoutEnabledAsync(user))
        {
            return false;
        }

        var end = await GetLockoutEndDateAsync(user);
        return end is { } value && value > time.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(AnshunUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockoutStore = (IUserLockoutStore<AnshunUser>)Store;
        var count = await lockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockoutStore.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await lockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }

    /// <summary>
    /// Gives the user an authenticator key if there is none, without changing the security stamp: the
    /// key becomes a credential only when TOTP is enabled, so the open session stays valid while enrolling.
    /// </summary>
    public async Task<string> EnsureAuthenticatorKeyAsync(AnshunUser user)
    {
        if (await GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
        {
            return key;
        }

        key = GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<AnshunUser>)Store).SetAuthenticatorKeyAsync(user, key, CancellationToken);
        await UpdateUserAsync(user);
        return key;
    }
}
