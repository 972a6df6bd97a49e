using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Services;

/// <summary>
/// The authenticator (动态口令) token provider. Unlike Identity's own it reads the injected
/// <see cref="TimeProvider"/>, accepts one step of clock drift either way (RFC 6238 §5.2) and
/// refuses a code whose time step was already used, so an observed code cannot be replayed.
/// </summary>
public sealed class TotpAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AnshunUser>
{
    private const string TokenProvider = "[AnshunTotp]";
    private const string LastStepToken = "LastStep";

    public Task<string> GenerateAsync(string purpose, UserManager<AnshunUser> manager, AnshunUser user) =>
        Task.FromResult(""); // codes come from the person's authenticator app

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AnshunUser> manager, AnshunUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AnshunUser> manager, AnshunUser user)
    {
        var code = token.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length != TotpCode.Digits || !code.All(char.IsAsciiDigit)
            || await manager.GetAuthenticatorKeyAsync(user) is not { } encodedKey
            || Base32.Decode(encodedKey) is not { Length: > 0 } key)
        {
            return false;
        }

        var current = TotpCode.StepAt(time.GetUtcNow());
        var lastUsed = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var last) ? last : long.MinValue;
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step > lastUsed && CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(TotpCode.Compute(key, step)), Encoding.ASCII.GetBytes(code)))
            {
                await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }

    /// <summary>Forgets the last used step, e.g. when the key is reset.</summary>
    public static Task ForgetAsync(UserManager<AnshunUser> manager, AnshunUser user) =>
        manager.RemoveAuthenticationTokenAsync(user, TokenProvider, LastStepToken);
}
