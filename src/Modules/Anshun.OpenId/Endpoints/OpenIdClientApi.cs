using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.OpenId.Models;
using Anshun.OpenId.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.OpenId.Endpoints;

/// <summary>The client registration API (<c>/api/openid/clients</c>), for <c>OpenId.Manage</c> only.</summary>
public static class OpenIdClientApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/openid/clients")
            .RequireAuthorization(Permission.PolicyPrefix + OpenIdPermissions.Manage)
            .WithTags("单点登录应用");
        group.MapGet("/", async (OpenIdClientService clients, CancellationToken ct) => Results.Ok(await clients.ListAsync(ct)))
            .WithSummary("列出已登记的单点登录应用");
        group.MapGet("/{clientId}", async (string clientId, OpenIdClientService clients, CancellationToken ct) =>
                await clients.FindAsync(clientId, ct) is { } client ? Results.Ok(client) : ApiProblems.NotFound("应用不存在。"))
            .WithSummary("查看单点登录应用");
        group.MapPost("/", CreateAsync).WithSummary("登记单点登录应用（机密客户端的密钥只在此时返回一次）");
        group.MapPut("/{clientId}", UpdateAsync).WithSummary("修改单点登录应用");
        group.MapDelete("/{clientId}", async (string clientId, OpenIdClientService clients, CancellationToken ct) =>
                await clients.DeleteAsync(clientId, ct) ? Results.NoContent() : ApiProblems.NotFound("应用不存在。"))
            .WithSummary("删除单点登录应用");
    }

    private static async Task<IResult> CreateAsync(OpenIdClientInput input, OpenIdClientService clients, CancellationToken ct)
    {
        var result = await clients.CreateAsync(input, ct);
        if (!result.Succeeded)
        {
            return ApiProblems.Validation(result.Errors!.ToDictionary());
        }

        return Results.Created($"/api/openid/clients/{result.Client!.ClientId}", new { client = result.Client, clientSecret = result.ClientSecret });
    }

    private static async Task<IResult> UpdateAsync(string clientId, OpenIdClientInput input, OpenIdClientService clients, CancellationToken ct)
    {
        var result = await clients.UpdateAsync(clientId, input, ct);
        if (result is null)
        {
            return ApiProblems.NotFound("应用不存在。");
        }

        return result.Succeeded ? Results.Ok(result.Client) : ApiProblems.Validation(result.Errors!.ToDictionary());
    }
}
