using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Portal;
using Anshun.Contents.Services;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Contents.Api;

/// <summary>
/// The headless content API. Reading needs only a sign-in (user cookie or bearer token) and follows
/// each section's read rules, so a restricted item is never listed, counted or returned. Writing
/// goes through <see cref="IContentManager"/>: the same section rules, validation and sanitization
/// as the admin pages. GETs carry an ETag and answer 304 to a matching If-None-Match.
/// </summary>
public static class ContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content").RequireAuthorization().WithTags("内容");
        var edit = Permission.PolicyPrefix + ContentsPermissions.Edit;

        group.MapGet("", ListAsync)
            .WithSummary("已发布内容列表：type 内容类型，section 栏目标识或代码（含下级栏目），unit 发布单位，from/to 发布日期（yyyy-MM-dd，北京时间），page、pageSize（1–100）");
        group.MapGet("/{id}", GetAsync)
            .WithSummary("一条已发布内容（部件与字段）；version=latest 时返回最新版本（草稿预览，需编辑或审核权限）");
        group.MapPost("", CreateAsync).RequireAuthorization(edit).WithSummary("新建内容（保存为草稿）");
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(edit)
            .WithSummary("修改内容（保存为新的草稿版本）；If-Match 与最新版本的 ETag 不符时返回 412");
        group.MapPost("/{id}/publish", (string id, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.PublishAsync(user, id, ct), mapper, ct)).RequireAuthorization(edit).WithSummary("发布最新版本");
        group.MapPost("/{id}/unpublish", (string id, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.UnpublishAsync(user, id, ct), mapper, ct)).RequireAuthorization(edit).WithSummary("撤销发布");
        group.MapPost("/{id}/submit", (string id, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.SubmitAsync(user, id, ct), mapper, ct)).RequireAuthorization(edit).WithSummary("提交审核");
        group.MapPost("/{id}/approve", (string id, ReviewRequest? body, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.ApproveAsync(user, id, body?.Opinion, ct), mapper, ct)).RequireAuthorization(edit).WithSummary("审核通过并发布");
        group.MapPost("/{id}/return", (string id, ReviewRequest? body, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.ReturnAsync(user, id, body?.Opinion ?? "", ct), mapper, ct)).RequireAuthorization(edit).WithSummary("退回（须填写审核意见）");
        group.MapPost("/{id}/schedule", (string id, ScheduleRequest? body, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.ScheduleAsync(user, id, body?.PublishUtc, body?.UnpublishUtc, ct), mapper, ct))
            .RequireAuthorization(edit).WithSummary("设置定时发布与定时下线时间（UTC；为空则取消）");
        group.MapGet("/{id}/versions", GetVersionsAsync).RequireAuthorization(edit).WithSummary("历史版本：版本号、保存人、保存时间");
        group.MapPost("/{id}/versions/{version:int}/restore", (string id, int version, ClaimsPrincipal user, IContentManager manager, ContentDtoMapper mapper, CancellationToken ct) =>
            ContentApiResults.RunAsync(() => manager.RestoreAsync(user, id, version, ct), mapper, ct)).RequireAuthorization(edit).WithSummary("把旧版本恢复为新的草稿版本");
        group.MapDelete("/{id}", DeleteAsync).RequireAuthorization(edit).WithSummary("删除（移入回收站，记入审计）");

        endpoints.MapGet("/api/content-types", ListTypesAsync).RequireAuthorization().WithTags("内容").WithSummary("内容类型及其部件与字段");
    }

    private static async Task<IResult> ListAsync(HttpContext http, string? type, string? section, string? unit, string? from, string? to,
        string? page, string? pageSize, ClaimsPrincipal user, ContentListRequestParser parser, ISectionAuthorizer authorizer,
        IContentQuery query, ContentDtoMapper mapper, PortalListReader lists, PortalListCache cache, CancellationToken ct)
    {
        var (listQuery, errors) = await parser.ParseAsync(user, type, section, unit, from, to, page, pageSize, ct);
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        // Everyone who may read the same sections gets the same bytes: the list is queried, mapped and
        // serialized once per publish (see PortalListCache) and only the ETag check runs per request.
        var access = await authorizer.GetAccessAsync(user, ct);
        var key = await lists.KeyAsync("api", access, PortalListReader.Describe(listQuery!), ct);
        var json = await cache.GetOrCreateAsync(key, async () => ContentApiResults.Serialize(
            await mapper.ToListAsync(await query.ListPublishedAsync(access, listQuery!, CancellationToken.None), CancellationToken.None)));
        return ContentApiResults.JsonWithETag(http, json);
    }

    private static async Task<IResult> GetAsync(HttpContext http, string id, string? version, ClaimsPrincipal user,
        IContentManager manager, ContentDtoMapper mapper, CancellationToken ct)
    {
        var option = string.Equals(version, "latest", StringComparison.OrdinalIgnoreCase)
            ? ContentVersionOption.Latest
            : ContentVersionOption.Published;
        var item = await manager.GetAsync(user, id, option, ct);
        if (item is null)
        {
            return ApiProblems.NotFound("内容不存在，或您没有阅读权限。");
        }

        return ContentApiResults.JsonWithETag(http, await mapper.ToItemAsync(item, ct), item.ETag);
    }

    private static async Task<IResult> CreateAsync(ContentRequest? body, ClaimsPrincipal user, IContentManager manager,
        ContentDtoMapper mapper, CancellationToken ct)
    {
        if (!ContentRequestMapper.TryMap(body, out var input, out var problem))
        {
            return problem!;
        }

        try
        {
            var item = await manager.CreateAsync(user, input!, ct);
            return Results.Created($"/api/content/{item.ContentItemId}", await mapper.ToItemAsync(item, ct));
        }
        catch (Exception ex) when (ContentApiResults.TryProblem(ex, out var result))
        {
            return result;
        }
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, string id, ContentRequest? body, ClaimsPrincipal user,
        IContentManager manager, ContentDtoMapper mapper, CancellationToken ct)
    {
        if (!ContentRequestMapper.TryMap(body, out var input, out var problem))
        {
            return problem!;
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrEmpty(ifMatch) && ifMatch != "*")
        {
            var latest = await manager.GetAsync(user, id, ContentVersionOption.Latest, ct);
            if (latest is not null && !ContentApiResults.ETagMatches(ifMatch, latest.ETag))
            {
                return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "内容已被他人修改",
                    "这条内容在您读取之后已被修改，请重新读取最新版本后再保存。");
            }
        }

        return await ContentApiResults.RunAsync(() => manager.UpdateAsync(user, id, input!, ct), mapper, ct);
    }

    private static async Task<IResult> GetVersionsAsync(string id, ClaimsPrincipal user, IContentManager manager, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await manager.GetVersionsAsync(user, id, ct));
        }
        catch (Exception ex) when (ContentApiResults.TryProblem(ex, out var result))
        {
            return result;
        }
    }

    private static async Task<IResult> DeleteAsync(string id, ClaimsPrincipal user, IContentManager manager, CancellationToken ct)
    {
        try
        {
            await manager.DeleteAsync(user, id, ct);
            return Results.NoContent();
        }
        catch (Exception ex) when (ContentApiResults.TryProblem(ex, out var result))
        {
            return result;
        }
    }

    private static async Task<IResult> ListTypesAsync(IContentDefinitionStore definitions, CancellationToken ct) =>
        Results.Ok((await definitions.GetTypesAsync(ct)).Select(ContentTypeDto.From));
}
