using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Search.Indexing;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Search.Admin;

/// <summary>全文检索 administration: each node's index status and 重建索引.</summary>
[Route("admin/search")]
[RequirePermission(SearchPermissions.Manage)]
public sealed class SearchAdminController(SearchAdminService admin, SearchNodeIndex node, INotifier notifier) : Controller
{
    public const string NodesPartial = "_SearchNodes";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "全文检索";
        return View(await ModelAsync(cancellationToken));
    }

    /// <summary>The nodes table alone, which the page fetches again every few seconds while a node rebuilds.</summary>
    [HttpGet("nodes")]
    public async Task<IActionResult> Nodes(CancellationToken cancellationToken) =>
        PartialView(NodesPartial, await ModelAsync(cancellationToken));

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        await admin.RequestRebuildAsync(cancellationToken);
        notifier.Add(NotifyType.Success, "已提交重建索引任务。各节点将在后台重建索引，重建完成前原索引照常提供检索；本页会自动显示进度。");
        return RedirectToAction(nameof(Index));
    }

    private async Task<SearchAdminViewModel> ModelAsync(CancellationToken cancellationToken) =>
        new(await admin.ListNodesAsync(cancellationToken), node.NodeName);
}
