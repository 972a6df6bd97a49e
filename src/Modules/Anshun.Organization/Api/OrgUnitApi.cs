using System.Text.Json;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Organization.Models;
using Anshun.Organization.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Organization.Api;

/// <summary>
/// <c>/api/org/units</c>: any signed-in user reads the tree (通讯录, pickers); changes need
/// <c>Organization.Manage</c>. Bad input answers 400 naming the field and changes nothing.
/// </summary>
public static class OrgUnitApi
{
    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/org/units").RequireAuthorization().WithTags("组织机构");
        var manage = Permission.PolicyPrefix + OrganizationPermissions.Manage;

        group.MapGet("", ListAsync).WithSummary("单位列表：按树序排列（?tree=true 为嵌套形式，?includeInactive=true 含已停用单位）");
        group.MapGet("/{idOrCode}", GetAsync).WithSummary("按标识或代码查询单位，含下级单位与本单位人员");
        group.MapPost("", CreateAsync).RequireAuthorization(manage).WithSummary("新建单位");
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(manage).WithSummary("修改单位信息（不改变上级）");
        group.MapPost("/{id}/move", MoveAsync).RequireAuthorization(manage).WithSummary("移动单位及其下级单位");
        group.MapPost("/{id}/position", SetPositionAsync).RequireAuthorization(manage).WithSummary("调整单位在同级中的排序");
        group.MapPost("/{id}/deactivate", (string id, OrgUnitManager manager, CancellationToken ct) =>
            RunAsync(() => manager.DeactivateAsync(id, ct))).RequireAuthorization(manage).WithSummary("停用单位");
        group.MapPost("/{id}/activate", (string id, OrgUnitManager manager, CancellationToken ct) =>
            RunAsync(() => manager.ActivateAsync(id, ct))).RequireAuthorization(manage).WithSummary("启用单位");
    }

    private static async Task<IResult> ListAsync(bool? tree, bool? includeInactive, OrgUnitQuery query, CancellationToken ct)
    {
        var units = (await query.ListAsync(includeInactive == true, ct)).Select(OrgUnitDto.From).ToList();
        return tree == true ? Results.Ok(Nest(units)) : Results.Ok(units);
    }

    private static async Task<IResult> GetAsync(string idOrCode, OrgUnitQuery query, OrgMemberQuery members, CancellationToken ct)
    {
        var unit = await query.FindAsync(idOrCode, ct);
        if (unit is null)
        {
            return ApiProblems.NotFound($"单位“{idOrCode}”不存在。");
        }

        var children = (await query.ChildrenAsync(unit.Id, ct)).Select(OrgUnitDto.From).ToList();
        return Results.Ok(new OrgUnitDetailDto(OrgUnitDto.From(unit), children, await members.GetMembersAsync(unit.Id, ct)));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, OrgUnitManager manager, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync<OrgUnitRequest>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!TryInput(body!, out var input, out problem))
        {
            return problem!;
        }

        try
        {
            var unit = await manager.CreateAsync(input, ct);
            return Results.Created($"/api/org/units/{unit.Id}", OrgUnitDto.From(unit));
        }
        catch (OrgValidationException ex)
        {
            return ApiProblems.Validation(ex.ToDictionary());
        }
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, OrgUnitManager manager, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync<OrgUnitRequest>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        return TryInput(body!, out var input, out problem)
            ? await RunAsync(() => manager.UpdateAsync(id, input, ct))
            : problem!;
    }

    private static async Task<IResult> MoveAsync(string id, HttpRequest request, OrgUnitManager manager, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync<OrgMoveRequest>(request, ct);
        return problem ?? await RunAsync(() => manager.MoveAsync(id, body!.ParentId, ct));
    }

    private static async Task<IResult> SetPositionAsync(string id, HttpRequest request, OrgUnitManager manager, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync<OrgPositionRequest>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Position is not { } position || position < 1)
        {
            return ApiProblems.Validation("position", "请填写排序位置（从 1 开始的整数）。");
        }

        return await RunAsync(() => manager.SetPositionAsync(id, position, ct));
    }

    private static async Task<IResult> RunAsync(Func<Task<OrgUnit>> action)
    {
        try
        {
            return Results.Ok(OrgUnitDto.From(await action()));
        }
        catch (OrgValidationException ex)
        {
            return ApiProblems.Validation(ex.ToDictionary());
        }
        catch (OrgUnitNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }
    }

    private static bool TryInput(OrgUnitRequest body, out OrgUnitInput input, out IResult? problem)
    {
        problem = null;
        Core.Organization.OrgUnitKind? kind = null;
        if (!string.IsNullOrWhiteSpace(body.Kind))
        {
            if (!OrgUnitRules.TryParseKind(body.Kind, out var parsed))
            {
                problem = ApiProblems.Validation("kind", "单位类型无效，应为 Office、Department、County、Township 或 Division。");
                input = null!;
                return false;
            }

            kind = parsed;
        }

        input = new OrgUnitInput(body.Code, body.Name, body.ShortName, kind, body.ParentId, body.Phone, body.Address);
        return true;
    }

    private static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, _jsonOptions, ct);
            return body is null
                ? (null, ApiProblems.Validation("body", "请求内容不能为空。"))
                : (body, null);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Validation("body", "请求内容不是有效的 JSON，或字段类型不正确。"));
        }
    }

    private static List<OrgUnitDto> Nest(List<OrgUnitDto> units)
    {
        var nodes = units.ToDictionary(u => u.Id, u => u with { Children = [] });
        var roots = new List<OrgUnitDto>();
        foreach (var unit in units)
        {
            var node = nodes[unit.Id];
            if (unit.ParentId is not null && nodes.TryGetValue(unit.ParentId, out var parent))
            {
                parent.Children!.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }

        return roots;
    }
}
