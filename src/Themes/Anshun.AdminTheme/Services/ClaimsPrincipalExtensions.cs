using System.Security.Claims;
using Anshun.Core.Security;

namespace Anshun.AdminTheme.Services;

public static class ClaimsPrincipalExtensions
{
    /// <summary>姓名 when the sign-in carries it, otherwise the user name.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(AnshunClaimTypes.DisplayName)?.Value is { Length: > 0 } name
            ? name
            : user.Identity?.Name ?? "";

    /// <summary>Signed in and not stuck halfway (password change or TOTP enrolment pending).</summary>
    public static bool IsFullySignedIn(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && !user.HasClaim(c => c.Type == AnshunClaimTypes.PendingAction);
}
