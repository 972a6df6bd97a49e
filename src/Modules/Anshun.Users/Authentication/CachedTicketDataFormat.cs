using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Users.Authentication;

/// <summary>
/// The sign-in cookie's format with its decryptions remembered: every request of a session carries the
/// same cookie, and decrypting it (AES + HMAC + parsing the claims) was a tenth of a page's work. Keyed by
/// the exact protected text, so it answers only what decrypting would; expiry, sliding renewal and the
/// per-request security check (<see cref="AuthCookieEvents"/>) still run on every request. Each caller
/// gets its own copy, so nothing a request does to its principal reaches another.
/// </summary>
public sealed class CachedTicketDataFormat(ISecureDataFormat<AuthenticationTicket> inner, IMemoryCache tickets) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>Short: a key retired from the key ring stops being honoured within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return null;
        }

        var key = purpose is null ? protectedText : purpose + "\u001f" + protectedText;
        if (!tickets.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is null)
            {
                return null;
            }

            tickets.Set(key, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        // ClaimsPrincipal.Clone shares its identities; copy them, so a claim one request adds stays its own.
        var principal = new ClaimsPrincipal(ticket!.Principal.Identities.Select(identity => identity.Clone()));
        return new AuthenticationTicket(principal, ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
