using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Data;
using Anshun.Users.Models;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Users.Endpoints;

/// <summary><c>/api/roles</c> and <c>/api/permissions</c>: the role editor's API (<c>Roles.Manage</c>, 系统管理员).</summary>
public static class RoleApiEndpoints
{
    private const string Manage = Permission.PolicyPrefix + UsersPermissions.ManageRoles;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/permissions", (IPermissionCatalog catalog) => Results.Ok(catalog.All
            .OrderBy(p => p.Category).ThenBy(p => p.Name)
            .Select(p => new { name = p.Name, displayName = p.DisplayName, category = p.Category, remit = p.Remit.ToString(), remitName = AdminRemitNames.DisplayName(p.Remit) })))
            .RequireAuthorization(Manage);

        var group = endpoints.MapGroup("/api/roles").RequireAuthorization(Manage);
        group.MapGet("", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("", CreateAsync);
        group.MapPut("/{id}", UpdateAsync);
        group.MapDelete("/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(RoleCatalog roles, UsersDbContext db, CancellationToken cancellationToken)
    {
        var map = await roles.GetPermissionMapAsync(cancellationToken);
        var counts = await db.UserRoles.AsNoTracking().GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var all = await roles.GetRolesAsync(cancellationToken);
        return Results.Ok(all.Select(r => Json(r, map.GetValueOrDefault(r.Id, []), counts.GetValueOrDefault(r.Id), roles)));
    }

    private static async Task<IResult> GetAsync(string id, RoleCatalog roles, RoleService service, UsersDbContext db, CancellationToken cancellationToken)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return role is null
            ? ApiProblems.NotFound("角色不存在。")
            : Results.Ok(Json(role, await roles.GetPermissionsAsync(id, cancellationToken), await service.CountMembersAsync(id, cancellationToken), roles));
    }

    private static async Task<IResult> CreateAsync(RoleInput input, RoleService service, RoleCatalog roles, CancellationToken cancellationToken)
    {
        var (result, role) = await service.CreateAsync(input, cancellationToken: cancellationToken);
        return result.Succeeded
            ? Results.Created($"/api/roles/{role!.Id}", Json(role, await roles.GetPermissionsAsync(role.Id, cancellationToken), 0, roles))
            : ApiProblems.Validation(result.ToDictionary());
    }

    private static async Task<IResult> UpdateAsync(string id, RoleInput input, RoleService service, RoleCatalog roles, UsersDbContext db, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (role is null)
        {
            return ApiProblems.NotFound("角色不存在。");
        }

        var result = await service.UpdateAsync(role, input, cancellationToken: cancellationToken);
        return result.Succeeded
            ? Results.Ok(Json(role, await roles.GetPermissionsAsync(id, cancellationToken), await service.CountMembersAsync(id, cancellationToken), roles))
            : ApiProblems.Validation(result.ToDictionary());
    }

    private static async Task<IResult> DeleteAsync(string id, RoleService service, UsersDbContext db, CancellationToken cancellationToken)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (role is null)
        {
            return ApiProblems.NotFound("角色不存在。");
        }

        var result = await service.DeleteAsync(role, cancellationToken);
        return result.Succeeded ? Results.NoContent() : ApiProblems.Validation(result.ToDictionary());
    }

    private static object Json(AnshunRole role, IReadOnlyList<string> permissions, int members, RoleCatalog roles)
    {
        var remit = roles.RemitOf(permissions);
        return new
        {
            id = role.Id,
            name = role.Name,
            displayName = role.DisplayName,
            description = role.Description,
            isSystem = role.IsSystem,
            permissions,
            remit = remit.ToString(),
            remitName = AdminRemitNames.DisplayName(remit),
            memberCount = members,
        };
    }
}
