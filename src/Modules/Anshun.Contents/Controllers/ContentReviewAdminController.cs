using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>待我审核: submitted items in the sections the caller reviews.</summary>
[RequirePermission(ContentsPermissions.Edit)]
[Route("admin/contents/reviews")]
public sealed class ContentReviewAdminController(IContentQuery query, ContentAdminOptions options) : Controller
{
    /// <summary>The queue is filtered to reviewable rows after the query, so it reads one generous page.</summary>
    private const int QueueSize = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var access = await options.AccessAsync(User, cancellationToken);
        var filter = new ContentAdminQuery { Status = ContentStatusFilter.Submitted, PageSize = QueueSize };
        var result = await query.ListForAdminAsync(User, filter, cancellationToken);
        var rows = result.Items.Where(r => r.CanReview && r.ReviewState == ReviewState.Submitted).ToList();
        var sections = await options.SectionMapAsync(cancellationToken);
        var model = new AdminContentListViewModel(
            filter,
            new ContentPage<ContentAdminRow>(rows, 1, QueueSize, rows.Count),
            await options.TypesAsync(cancellationToken),
            [],
            [],
            sections.ToDictionary(s => s.Key, s => s.Value.Name, StringComparer.Ordinal),
            await options.UserNamesAsync(rows.Select(r => r.ModifiedBy), cancellationToken));
        ViewData["Title"] = "待我审核";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb(ContentsNavigation.GroupText) };
        return View(model);
    }
}
