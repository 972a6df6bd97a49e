using System.Security.Claims;
using Anshun.Core.Users;
using Anshun.Core.Web;
using Anshun.StaffDirectory.Models;
using Anshun.StaffDirectory.Services;
using Anshun.StaffDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.StaffDirectory.Controllers;

/// <summary>公共通讯录 in the portal, and each user's privacy choice.</summary>
[Authorize]
[Route("directory")]
public sealed class DirectoryController(
    DirectoryRequestParser parser,
    DirectoryIndex index,
    DirectoryPreferenceStore preferences,
    IUserDirectory users,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? unit, string? includeSubUnits, string? page, CancellationToken cancellationToken)
    {
        var request = await parser.ParseAsync(q, unit, includeSubUnits, page, null, cancellationToken);
        var snapshot = await index.BuildAsync(cancellationToken);
        var results = DirectorySearch.Search(snapshot, UserId, request.Query);
        ViewData["Title"] = "公共通讯录";
        if (!request.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new DirectoryIndexViewModel(
            DirectoryTreeBuilder.Build(snapshot.Units, request.Unit),
            results,
            request.Query.Text,
            request.Unit,
            request.Query.IncludeSubUnits,
            request.Errors.SelectMany(e => e.Value).ToList()));
    }

    [HttpGet("privacy")]
    public async Task<IActionResult> Privacy(CancellationToken cancellationToken)
    {
        SetPrivacyPage();
        return View(new DirectoryPrivacyViewModel
        {
            MobileVisibility = await preferences.GetAsync(UserId, cancellationToken),
            Mobile = (await users.FindByIdAsync(UserId, cancellationToken))?.Mobile,
        });
    }

    [HttpPost("privacy")]
    public async Task<IActionResult> Privacy([FromForm(Name = "MobileVisibility")] string? mobileVisibility, CancellationToken cancellationToken)
    {
        if (!MobileVisibilityNames.TryParse(mobileVisibility, out var visibility))
        {
            ModelState.Clear();
            ModelState.AddModelError("MobileVisibility", "请选择手机号公开范围：所有人、本单位或不公开。");
            SetPrivacyPage();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new DirectoryPrivacyViewModel
            {
                MobileVisibility = await preferences.GetAsync(UserId, cancellationToken),
                Mobile = (await users.FindByIdAsync(UserId, cancellationToken))?.Mobile,
            });
        }

        await preferences.SetAsync(UserId, visibility, cancellationToken);
        notifier.Add(NotifyType.Success, $"已保存，您的手机号公开范围为“{MobileVisibilityNames.DisplayName(visibility)}”。");
        return Redirect("/directory/privacy");
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private void SetPrivacyPage()
    {
        ViewData["Title"] = "通讯录隐私设置";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb("公共通讯录", "/directory") };
    }
}
