using Anshun.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Search.Admin;

/// <summary>
/// <c>GET /api/search/status</c> (every node's index status) and <c>POST /api/search/rebuild</c> (重建索引 on
/// every node, audited), for holders of <c>Search.Manage</c>.
/// </summary>
public static class SearchAdminApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search")
            .RequireAuthorization(Permission.PolicyPrefix + SearchPermissions.Manage);
        group.MapGet("/status", StatusAsync);
        group.MapPost("/rebuild", RebuildAsync);
    }

    private static async Task<IResult> StatusAsync(SearchAdminService admin, CancellationToken cancellationToken)
    {
        var nodes = await admin.ListNodesAsync(cancellationToken);
        return Results.Ok(new
        {
            nodes = nodes.Select(n => new
            {
                nodeName = n.NodeName,
                directory = n.Directory,
                documents = n.DocumentCount,
                cursor = n.Cursor,
                pendingTasks = n.PendingTasks,
                state = n.State,
                rebuildProgress = n.RebuildProgress,
                lastError = n.LastError,
                lastAppliedUtc = n.LastAppliedUtc,
                lastSeenUtc = n.LastSeenUtc,
            }),
        });
    }

    private static async Task<IResult> RebuildAsync(SearchAdminService admin, CancellationToken cancellationToken)
    {
        var taskId = await admin.RequestRebuildAsync(cancellationToken);
        return Results.Accepted("/api/search/status", new { taskId, message = "已提交重建索引任务，各节点将在后台重建索引。" });
    }
}
