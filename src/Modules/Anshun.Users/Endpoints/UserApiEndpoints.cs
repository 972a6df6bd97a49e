using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Users.Endpoints;

/// <summary>
/// <c>/api/users</c>: user administration for the 系统管理员 (<c>Users.Manage</c>). Reading the list is
/// also open to the 安全保密管理员, who sets 密级 and unlocks (see <see cref="SecurityApiEndpoints"/>).
/// </summary>
public static class UserApiEndpoints
{
    private const string Manage = Permission.PolicyPrefix + UsersPermissions.ManageUsers;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/users");
        group.MapGet("", ListAsync).RequireAuthorization();
        group.MapGet("/{id}", GetAsync).RequireAuthorization();
        group.MapPost("", CreateAsync).RequireAuthorization(Manage);
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(Manage);
        group.MapPost("/{id}/disable", (string id, ClaimsPrincipal user, UserAccountService accounts, UserDetailReader reader, CancellationToken ct) =>
            SetEnabledAsync(id, false, user, accounts, reader, ct)).RequireAuthorization(Manage);
        group.MapPost("/{id}/enable", (string id, ClaimsPrincipal user, UserAccountService accounts, UserDetailReader reader, CancellationToken ct) =>
            SetEnabledAsync(id, true, user, accounts, reader, ct)).RequireAuthorization(Manage);
        group.MapPost("/{id}/reset-password", ResetPasswordAsync).RequireAuthorization(Manage);
        group.MapPost("/{id}/move", MoveAsync).RequireAuthorization(Manage);
    }

    /// <summary>Both administrators who work on accounts may read them.</summary>
    public static async Task<bool> CanReadUsersAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        await authorization.HasPermissionAsync(user, UsersPermissions.ManageUsers)
        || await authorization.HasPermissionAsync(user, UsersPermissions.ManageUserSecurity);

    private static async Task<IResult> ListAsync(string? q, string? unit, int? page, int? pageSize, ClaimsPrincipal user,
        IAuthorizationService authorization, UserQueryService query, CancellationToken cancellationToken)
    {
        if (!await CanReadUsersAsync(authorization, user))
        {
            return ApiProblems.Forbidden();
        }

        var result = await query.SearchAsync(new UserSearch
        {
            Query = q,
            Unit = unit,
            Page = page ?? 1,
            PageSize = pageSize ?? UserSearch.DefaultPageSize,
        }, cancellationToken);
        return Results.Ok(new { items = result.Items.Select(UserJson.Item), total = result.Total, page = result.Page, pageSize = result.PageSize });
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, IAuthorizationService authorization,
        UserDetailReader reader, CancellationToken cancellationToken)
    {
        if (!await CanReadUsersAsync(authorization, user))
        {
            return ApiProblems.Forbidden();
        }

        return await reader.GetAsync(id, cancellationToken) is { } detail ? Results.Ok(UserJson.Detail(detail)) : ApiProblems.NotFound("用户不存在。");
    }

    private static async Task<IResult> CreateAsync(UserInput input, UserAccountService accounts, UserDetailReader reader, CancellationToken cancellationToken)
    {
        var (result, created) = await accounts.CreateAsync(input, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(result.ToDictionary());
        }

        var detail = await reader.GetAsync(created!.Id, cancellationToken);
        return Results.Created($"/api/users/{created.Id}", UserJson.Detail(detail!));
    }

    private static async Task<IResult> UpdateAsync(string id, UserInput input, UserAccountService accounts, UserDetailReader reader, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        var result = await accounts.UpdateAsync(detail.User, input, cancellationToken: cancellationToken);
        return result.Succeeded ? Results.Ok(UserJson.Detail((await reader.GetAsync(id, cancellationToken))!)) : ApiProblems.Validation(result.ToDictionary());
    }

    private static async Task<IResult> SetEnabledAsync(string id, bool enabled, ClaimsPrincipal principal, UserAccountService accounts,
        UserDetailReader reader, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        var result = await accounts.SetEnabledAsync(detail.User, enabled, principal.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return result.Succeeded ? Results.Ok(new { id, isEnabled = enabled }) : ApiProblems.Validation(result.ToDictionary());
    }

    private static async Task<IResult> ResetPasswordAsync(string id, ResetPasswordRequest? request, UserAccountService accounts,
        UserDetailReader reader, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        var (result, generated) = await accounts.ResetPasswordAsync(detail.User, request?.Password, cancellationToken);
        return result.Succeeded
            ? Results.Ok(new { id, mustChangePassword = true, generatedPassword = generated })
            : ApiProblems.Validation(result.ToDictionary());
    }

    private static async Task<IResult> MoveAsync(string id, MoveUserRequest request, UserAccountService accounts,
        UserDetailReader reader, CancellationToken cancellationToken)
    {
        if (await reader.GetAsync(id, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound("用户不存在。");
        }

        var result = await accounts.MoveAsync(detail.User, request.Units ?? [], cancellationToken);
        return result.Succeeded ? Results.Ok(UserJson.Detail((await reader.GetAsync(id, cancellationToken))!)) : ApiProblems.Validation(result.ToDictionary());
    }
}
