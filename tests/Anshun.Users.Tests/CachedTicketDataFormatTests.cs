using System.Security.Claims;
using Anshun.Users.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Users.Tests;

/// <summary>The sign-in cookie's decryption is remembered, but answers exactly what decrypting would.</summary>
public sealed class CachedTicketDataFormatTests : IDisposable
{
    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = 100 });
    private readonly CountingFormat _inner = new(new TicketDataFormat(new EphemeralDataProtectionProvider().CreateProtector("test")));

    public void Dispose() => _tickets.Dispose();

    [Fact]
    public void RepeatedCookieIsDecryptedOnceAndEachCallerGetsItsOwnCopy()
    {
        var format = new CachedTicketDataFormat(_inner, _tickets);
        var cookie = format.Protect(Ticket("u-1", "杨帆"));

        var first = format.Unprotect(cookie)!;
        var second = format.Unprotect(cookie)!;
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("added-by-a-request", "x"));

        Assert.Equal(1, _inner.Unprotects);
        Assert.Equal("u-1", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Null(second.Principal.FindFirst("added-by-a-request"));
        Assert.NotSame(first.Properties, second.Properties);
        Assert.Equal(first.Properties.ExpiresUtc, second.Properties.ExpiresUtc);
    }

    [Fact]
    public void TamperedOrEmptyCookieIsRefusedAndNotRemembered()
    {
        var format = new CachedTicketDataFormat(_inner, _tickets);
        var cookie = format.Protect(Ticket("u-1", "杨帆"));
        var tampered = cookie[..^4] + (cookie[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Null(format.Unprotect(tampered));
        Assert.Null(format.Unprotect(tampered));
        Assert.Null(format.Unprotect(""));
        Assert.Equal(2, _inner.Unprotects);
    }

    [Fact]
    public void DifferentCookiesNeverShareATicket()
    {
        var format = new CachedTicketDataFormat(_inner, _tickets);

        var staff = format.Unprotect(format.Protect(Ticket("u-1", "杨帆")))!;
        var leader = format.Unprotect(format.Protect(Ticket("u-2", "陈志远")))!;

        Assert.Equal("杨帆", staff.Principal.Identity!.Name);
        Assert.Equal("陈志远", leader.Principal.Identity!.Name);
    }

    private static AuthenticationTicket Ticket(string userId, string name)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, name)], "Identity.Application");
        var properties = new AuthenticationProperties { ExpiresUtc = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero) };
        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, "Identity.Application");
    }

    private sealed class CountingFormat(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotects { get; private set; }

        public string Protect(AuthenticationTicket data) => inner.Protect(data);

        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotects++;
            return inner.Unprotect(protectedText, purpose);
        }
    }
}
