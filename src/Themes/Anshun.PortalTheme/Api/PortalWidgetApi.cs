using System.Security.Claims;
using System.Text.Json;
using Anshun.Core.Web;
using Anshun.PortalTheme.Models;
using Anshun.PortalTheme.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.PortalTheme.Api;

/// <summary>
/// <c>/api/portal/widgets</c>: the caller's home widgets in their order with their visibility, and
/// changing them. PUT takes <c>{"widgets":[{"id","visible"}]}</c> in the wanted order; ids of widgets
/// not offered now (a module switched off) are accepted and kept for when they return.
/// </summary>
public static class PortalWidgetApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/portal/widgets").RequireAuthorization().WithTags("门户首页");
        group.MapGet("", GetAsync).WithSummary("本人首页栏目块的顺序与显示状态");
        group.MapPut("", PutAsync).WithSummary("设置本人首页栏目块的顺序与显示状态");
    }

    private static async Task<IResult> GetAsync(ClaimsPrincipal user, HomePageArrangement arrangement, CancellationToken ct) =>
        Results.Ok(await ListAsync(user, arrangement, ct));

    private static async Task<IResult> PutAsync(
        HttpRequest request, ClaimsPrincipal user, HomePageArrangement arrangement, WidgetPreferenceStore preferences, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId))
        {
            return ApiProblems.Forbidden();
        }

        List<WidgetChoice> choices;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("widgets", out var widgets)
                || widgets.ValueKind != JsonValueKind.Array)
            {
                return ApiProblems.Validation("widgets", "请提供 widgets 数组，按希望的顺序列出栏目块及其是否显示。");
            }

            if (widgets.GetArrayLength() > WidgetIds.MaxPerUser)
            {
                return ApiProblems.Validation("widgets", $"栏目块不能超过 {WidgetIds.MaxPerUser} 个。");
            }

            choices = [];
            var index = 0;
            foreach (var widget in widgets.EnumerateArray())
            {
                var field = $"widgets[{index++}]";
                if (widget.ValueKind != JsonValueKind.Object
                    || !widget.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !WidgetIds.IsValid(id.GetString()))
                {
                    return ApiProblems.Validation(field + ".id", "栏目块标识无效：应为字母、数字、点、下划线或连字符组成的文字。");
                }

                var visible = true;
                if (widget.TryGetProperty("visible", out var flag))
                {
                    if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        return ApiProblems.Validation(field + ".visible", "是否显示（visible）只能是 true 或 false。");
                    }

                    visible = flag.GetBoolean();
                }

                if (choices.Any(c => c.WidgetId == id.GetString()))
                {
                    return ApiProblems.Validation(field + ".id", $"栏目块“{id.GetString()}”重复出现。");
                }

                choices.Add(new WidgetChoice(id.GetString()!, visible));
            }
        }
        catch (JsonException)
        {
            return ApiProblems.Validation("widgets", "请求内容不是有效的 JSON。");
        }

        await preferences.SaveAsync(userId, choices, ct);
        return Results.Ok(await ListAsync(user, arrangement, ct));
    }

    private static async Task<object> ListAsync(ClaimsPrincipal user, HomePageArrangement arrangement, CancellationToken ct)
    {
        var arranged = await arrangement.GetAsync(user, ct);
        return new
        {
            widgets = arranged.Select((w, i) => new
            {
                id = w.Widget.Id,
                title = w.Widget.Title,
                visible = w.Visible,
                position = i,
                icon = w.Widget.Icon,
                moreUrl = w.Widget.MoreUrl,
            }),
        };
    }
}
