using System.Security.Claims;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Endpoints;

public static class CurrentUser
{
    /// <summary>The signed-in account, or null when the cookie no longer matches one.</summary>
    public static async Task<AnshunUser?> GetAsync(UserManager<AnshunUser> userManager, ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? await userManager.GetUserAsync(principal) : null;
}
