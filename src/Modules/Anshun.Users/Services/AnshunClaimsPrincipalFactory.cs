using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anshun.Users.Services;

/// <summary>
/// The sign-in cookie carries who the user is (id, user name, 姓名, security stamp), never roles or
/// permissions: those are read per request, so changes apply at once.
/// </summary>
public sealed class AnshunClaimsPrincipalFactory(UserManager<AnshunUser> userManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AnshunUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AnshunUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AnshunClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
