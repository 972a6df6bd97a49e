using System.Security.Claims;

namespace Anshun.Contents.Services;

/// <summary>Who is acting, as the content services record it.</summary>
public static class ContentPrincipal
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string? UserName(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.Identity.Name : null;
}
