using Anshun.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Anshun.Search.Admin;

/// <summary>
/// <c>GET /api/search/status</c> (every node's index status; <c>rebuildQueued</c>: a rebuild waits in the task log
/// that the node has not reached yet) and <c>POST /api/search/rebuild</c> (重建索引 on
/// every node, audited), for holders of <c>Search.Manage</c>.
/// </summary>
public static class SearchAdminApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search")
            .RequireAuthorization(Permission.PolicyPrefix + SearchPermissions.Manage)
            .WithTags("全文检索");
        group.MapGet("/status", StatusAsync)
            .WithSummary("各检索节点的索引状态：文档数、游标、待处理任务、状态（正常、重建中）、是否等待重建、重建进度、最近错误");
        group.MapPost("/rebuild", RebuildAsync).WithSummary("重建索引：各节点在后台从全部数据重新建立索引（202，记入审计）");
    }

    private static async Task<IResult> StatusAsync(SearchAdminService admin, CancellationToken cancellationToken)
    {
        var nodes = await admin.ListNodesAsync(cancellationToken);
        return Results.Ok(new
        {
            nodes = nodes.Select(n => new
            {
                nodeName = n.Status.NodeName,
                directory = n.Status.Directory,
                documents = n.Status.DocumentCount,
                cursor = n.Status.Cursor,
                pendingTasks = n.Status.PendingTasks,
                state = n.Status.State,
                rebuildQueued = n.RebuildQueued,
                rebuildProgress = n.Status.RebuildProgress,
                lastError = n.Status.LastError,
                lastAppliedUtc = n.Status.LastAppliedUtc,
                lastSeenUtc = n.Status.LastSeenUtc,
            }),
        });
    }

    private static async Task<IResult> RebuildAsync(SearchAdminService admin, CancellationToken cancellationToken)
    {
        var taskId = await admin.RequestRebuildAsync(cancellationToken);
        return Results.Accepted("/api/search/status", new { taskId, message = "已提交重建索引任务，各节点将在后台重建索引。" });
    }
}
