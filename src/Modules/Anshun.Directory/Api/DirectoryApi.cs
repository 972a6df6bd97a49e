using System.Security.Claims;
using System.Text.Json;
using Anshun.Core.Web;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.StaffDirectory.Api;

/// <summary>
/// <c>/api/directory</c>: search and export the directory, read and change one's own privacy choice.
/// Signed-in users only (401 otherwise); bad input answers 400 naming the field.
/// </summary>
public static class DirectoryApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/directory").RequireAuthorization().WithTags("公共通讯录");
        group.MapGet("", SearchAsync).WithSummary("检索通讯录：q 为姓名、单位、电话或拼音（全拼、首字母），unit 为单位标识或代码");
        group.MapGet("/export", ExportAsync).WithSummary("导出单位通讯录（format=xlsx 或 csv），手机号按本人公开范围处理，导出行为记入审计");
        group.MapGet("/privacy", GetPrivacyAsync).WithSummary("本人手机号公开范围");
        group.MapPut("/privacy", SetPrivacyAsync).WithSummary("修改本人手机号公开范围：everyone（所有人）、sameUnit（本单位）、nobody（不公开）");
    }

    private static async Task<IResult> SearchAsync(string? q, string? unit, string? includeSubUnits, string? page, string? pageSize,
        ClaimsPrincipal user, DirectoryRequestParser parser, DirectoryIndex index, CancellationToken ct)
    {
        var request = await parser.ParseAsync(q, unit, includeSubUnits, page, pageSize, ct);
        if (!request.IsValid)
        {
            return ApiProblems.Validation(request.Errors);
        }

        var result = DirectorySearch.Search(await index.BuildAsync(ct), UserIdOf(user), request.Query);
        return Results.Ok(new { items = result.Items, total = result.Total, page = result.Page, pageSize = result.PageSize });
    }

    private static async Task<IResult> ExportAsync(string? unit, string? includeSubUnits, string? format, ClaimsPrincipal user,
        DirectoryRequestParser parser, DirectoryExporter exporter, CancellationToken ct)
    {
        var request = await parser.ParseAsync(null, unit, includeSubUnits, null, null, ct);
        if (!DirectoryRequestParser.TryParseFormat(format, out var exportFormat))
        {
            request.Errors["format"] = ["导出格式只能是 xlsx 或 csv。"];
        }

        if (!request.IsValid)
        {
            return ApiProblems.Validation(request.Errors);
        }

        var file = await exporter.ExportAsync(UserIdOf(user), request.Unit, request.Query.IncludeSubUnits, exportFormat, ct);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<IResult> GetPrivacyAsync(ClaimsPrincipal user, DirectoryPreferenceStore preferences, CancellationToken ct) =>
        Results.Ok(PrivacyJson.From(await preferences.GetAsync(UserIdOf(user), ct)));

    private static async Task<IResult> SetPrivacyAsync(HttpRequest request, ClaimsPrincipal user, DirectoryPreferenceStore preferences, CancellationToken ct)
    {
        string? value = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("mobileVisibility", out var property)
                && property.ValueKind == JsonValueKind.String)
            {
                value = property.GetString();
            }
        }
        catch (JsonException)
        {
            return ApiProblems.Validation("mobileVisibility", "请求内容不是有效的 JSON，请提供手机号公开范围。");
        }

        if (!MobileVisibilityNames.TryParse(value, out var visibility))
        {
            return ApiProblems.Validation("mobileVisibility", "手机号公开范围只能是 everyone（所有人）、sameUnit（本单位）或 nobody（不公开）。");
        }

        await preferences.SetAsync(UserIdOf(user), visibility, ct);
        return Results.Ok(PrivacyJson.From(visibility));
    }

    private static string UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
