using Anshun.Contents.Portal;
using Anshun.Contents.ViewModels;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>
/// The portal's reading pages: a section's list (栏目列表), an item (正文) and its print view.
/// Unknown, unpublished and unreadable all answer 404, so a restricted section is never revealed.
/// </summary>
[Authorize]
public sealed class ContentPortalController(
    PortalSectionPageBuilder sectionPages,
    PortalItemPageBuilder itemPages) : Controller
{
    [HttpGet("/sections/{code}")]
    public async Task<IActionResult> Section(string code, int page, string? unit, string? from, string? to, CancellationToken cancellationToken)
    {
        var model = await sectionPages.BuildAsync(User, code, page, new PortalSectionFilter(unit, from, to), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ViewData["Title"] = model.Section.Name;
        ViewData[Breadcrumb.ViewDataKey] = model.Ancestors.Select(a => new Breadcrumb(a.Name, a.Url)).ToList();
        return View(model);
    }

    [HttpGet("/content/{id}")]
    public async Task<IActionResult> Item(string id, CancellationToken cancellationToken)
    {
        var model = await itemPages.BuildAsync(User, id, markRead: true, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ViewData["Title"] = model.Item.Title;
        ViewData[Breadcrumb.ViewDataKey] = model.Sections.Select(s => new Breadcrumb(s.Name, s.Url)).ToList();
        return View(model);
    }

    [HttpGet("/content/{id}/print")]
    public async Task<IActionResult> Print(string id, CancellationToken cancellationToken)
    {
        var model = await itemPages.BuildAsync(User, id, markRead: false, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
