using Anshun.Core.Security;
using Anshun.Core.Settings;
using Anshun.Core.Web;
using Anshun.Features.Models;
using Anshun.Features.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Features.Endpoints;

/// <summary><c>GET /api/settings/site</c> and <c>PUT /api/settings/site</c> (站点信息).</summary>
public static class SiteSettingsApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/settings/site")
            .RequireAuthorization(Permission.PolicyPrefix + FeaturesPermissions.ManageSettings);
        group.MapGet("", async (SiteInfoService sites, CancellationToken ct) => Results.Ok(ToJson(await sites.GetAsync(ct))));
        group.MapPut("", UpdateAsync);
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, SiteInfoService sites, CancellationToken cancellationToken)
    {
        SiteInfoInput? input;
        try
        {
            input = await request.ReadFromJsonAsync<SiteInfoInput>(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            return ApiProblems.Validation("body", "请求内容不是有效的 JSON 站点设置。");
        }

        if (input is null)
        {
            return ApiProblems.Validation("body", "请求内容不能为空。");
        }

        var site = new SiteInfo { SiteName = input.SiteName ?? "", ShortName = input.ShortName, Copyright = input.Copyright };
        var errors = await sites.SaveAsync(site, cancellationToken);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        return Results.Ok(ToJson(await sites.GetAsync(cancellationToken)));
    }

    private static object ToJson(SiteInfo site) => new
    {
        siteName = site.SiteName,
        shortName = site.ShortName,
        copyright = site.Copyright,
    };
}
