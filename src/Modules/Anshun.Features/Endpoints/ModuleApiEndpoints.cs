using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Features.Models;
using Anshun.Features.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Features.Endpoints;

/// <summary>
/// <c>GET /api/modules</c>, <c>POST /api/modules/{id}/enable</c>, <c>POST /api/modules/{id}/disable</c>
/// (功能模块). Changes are stored and take effect when the site restarts.
/// </summary>
public static class ModuleApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/modules")
            .RequireAuthorization(Permission.PolicyPrefix + FeaturesPermissions.ManageFeatures);
        group.MapGet("", ListAsync);
        group.MapPost("/{id}/enable", (string id, ModuleService modules, CancellationToken ct) => ChangeAsync(modules.EnableAsync(id, ct)));
        group.MapPost("/{id}/disable", (string id, ModuleService modules, CancellationToken ct) => ChangeAsync(modules.DisableAsync(id, ct)));
    }

    private static async Task<IResult> ListAsync(ModuleService modules, CancellationToken cancellationToken)
    {
        var list = await modules.ListAsync(cancellationToken);
        return Results.Ok(list.Select(m => new
        {
            id = m.Id,
            name = m.Name,
            description = m.Description,
            category = m.Category,
            dependencies = m.Dependencies.Select(d => new { id = d.Id, name = d.Name }),
            alwaysEnabled = m.AlwaysEnabled,
            enabled = m.Enabled,
            running = m.Running,
            pending = m.Pending,
        }));
    }

    private static async Task<IResult> ChangeAsync(Task<ModuleChangeResult> change)
    {
        var result = await change;
        return result.Outcome switch
        {
            ModuleChangeOutcome.NotFound => ApiProblems.NotFound(result.Message),
            ModuleChangeOutcome.Refused => ApiProblems.Validation("id", result.Message),
            _ => Results.Ok(new
            {
                changed = result.Changed.Select(m => m.Id),
                message = result.Message,
                restartRequired = result.Outcome == ModuleChangeOutcome.Changed,
            }),
        };
    }
}
