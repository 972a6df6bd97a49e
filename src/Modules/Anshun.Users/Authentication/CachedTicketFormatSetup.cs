using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Anshun.Users.Authentication;

/// <summary>
/// Wraps the sign-in cookie's ticket format (set up by ASP.NET Core's own post-configuration, which runs
/// first) in <see cref="CachedTicketDataFormat"/>. Its cache is bounded by count: one entry per live cookie.
/// </summary>
public sealed class CachedTicketFormatSetup : IPostConfigureOptions<CookieAuthenticationOptions>, IDisposable
{
    /// <summary>Sessions whose decrypted cookie is kept; beyond this the oldest are decrypted again.</summary>
    public const int MaxTickets = 20_000;

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = MaxTickets });

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == IdentityConstants.ApplicationScheme && options.TicketDataFormat is { } format and not CachedTicketDataFormat)
        {
            options.TicketDataFormat = new CachedTicketDataFormat(format, _tickets);
        }
    }

    public void Dispose() => _tickets.Dispose();
}
