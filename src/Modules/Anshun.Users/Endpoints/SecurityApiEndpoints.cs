using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Users.Endpoints;

/// <summary>
/// The 安全保密管理员's API: 密级, unlock and TOTP reset of accounts (<c>Users.ManageSecurity</c>), and the
/// password policy (<c>Security.ManagePolicy</c>).
/// </summary>
public static class SecurityApiEndpoints
{
    private const string ManageUsers = Permission.PolicyPrefix + UsersPermissions.ManageUserSecurity;
    private const string ManagePolicy = Permission.PolicyPrefix + UsersPermissions.ManageSecurityPolicy;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/users/{id}/secret-level", SetSecretLevelAsync).RequireAuthorization(ManageUsers);
        endpoints.MapPost("/api/users/{id}/unlock", UnlockAsync).RequireAuthorization(ManageUsers);
        endpoints.MapPost("/api/users/{id}/reset-totp", ResetTotpAsync).RequireAuthorization(ManageUsers);
        endpoints.MapGet("/api/security/password-policy", async (SecurityAdminService security, CancellationToken ct) =>
            Results.Ok(await security.GetPolicyAsync(ct))).RequireAuthorization(ManagePolicy);
        endpoints.MapPut("/api/security/password-policy", async (PasswordPolicy policy, SecurityAdminService security, CancellationToken ct) =>
        {
            var result = await security.SavePolicyAsync(policy, ct);
            return result.Succeeded ? Results.Ok(await security.GetPolicyAsync(ct)) : ApiProblems.Validation(result.ToDictionary());
        }).RequireAuthorization(ManagePolicy);
    }

    private static async Task<IResult> SetSecretLevelAsync(string id, SecretLevelRequest request, AnshunUserManager users,
        SecurityAdminService security, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        if (SecretLevelParser.Parse(request.SecretLevel) is not { } level)
        {
            return ApiProblems.Validation("secretLevel", "密级应为 Public、Internal、Secret、Confidential（公开、内部、秘密、机密）之一。");
        }

        await security.SetSecretLevelAsync(user, level, cancellationToken);
        return Results.Ok(new { id, secretLevel = level.ToString(), secretLevelName = SecretLevelNames.DisplayName(level) });
    }

    private static async Task<IResult> UnlockAsync(string id, AnshunUserManager users, SecurityAdminService security, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        await security.UnlockAsync(user, cancellationToken);
        return Results.Ok(new { id, lockedOut = false });
    }

    private static async Task<IResult> ResetTotpAsync(string id, AnshunUserManager users, SecurityAdminService security, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        await security.ResetTotpAsync(user, cancellationToken);
        return Results.Ok(new { id, totpEnabled = false });
    }
}
