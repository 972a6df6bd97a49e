using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>One item in the admin: details, preview, versions (恢复), publish/unpublish, schedule, review, delete, readers.</summary>
[RequirePermission(ContentsPermissions.Edit)]
[Route("admin/contents/{id}")]
public sealed class ContentItemAdminController(
    IContentManager manager,
    IContentDefinitionStore definitions,
    IReadTracker reads,
    ContentAdminOptions options,
    ContentPreviewBuilder previews,
    INotifier notifier) : Controller
{
    private static readonly Breadcrumb[] Crumbs = [new(ContentsNavigation.GroupText), new("内容列表", "/admin/contents")];

    [HttpGet("")]
    public async Task<IActionResult> Index(string id, CancellationToken cancellationToken)
    {
        if (await LatestAsync(id, cancellationToken) is not { } item)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var access = await options.AccessAsync(User, cancellationToken);
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var versions = await manager.GetVersionsAsync(User, id, cancellationToken);
        var reviews = await manager.GetReviewHistoryAsync(User, id, cancellationToken);
        var readers = type?.Has(ContentParts.ReadTracking) == true ? await reads.GetReadersAsync(User, id, cancellationToken) : null;
        var names = await options.UserNamesAsync(
            versions.Select(v => v.AuthorUserId).Concat(reviews.Select(r => r.UserId)).Concat((readers ?? []).Select(r => (string?)r.UserId)),
            cancellationToken);
        var section = item.SectionId is null ? null : (await options.SectionMapAsync(cancellationToken)).GetValueOrDefault(item.SectionId);
        var preview = await previews.BuildAsync(User, item, $"最新版本（第 {item.VersionNumber} 版）的预览", cancellationToken);
        ViewData["Title"] = item.Title.Length == 0 ? "内容详情" : item.Title;
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        return View(new AdminContentItemViewModel(
            preview, section, access.CanEdit(item.SectionId), access.CanReview(item.SectionId), versions, reviews, readers, names));
    }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string id, CancellationToken cancellationToken)
    {
        if (await LatestAsync(id, cancellationToken) is not { } item)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var banner = item.IsPublished ? $"第 {item.VersionNumber} 版（已发布）的预览" : $"第 {item.VersionNumber} 版（草稿，尚未发布）的预览";
        return PreviewView(await previews.BuildAsync(User, item, banner, cancellationToken), "预览");
    }

    [HttpGet("versions/{version:int}")]
    public async Task<IActionResult> Version(string id, int version, CancellationToken cancellationToken)
    {
        if (await manager.GetVersionAsync(User, id, version, cancellationToken) is not { } item)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var banner = $"历史版本：第 {item.VersionNumber} 版，保存于 {Anshun.Core.Time.ChinaTime.Format(item.ModifiedUtc)}";
        return PreviewView(await previews.BuildAsync(User, item, banner, cancellationToken), $"第 {version} 版");
    }

    [HttpPost("versions/{version:int}/restore")]
    public Task<IActionResult> Restore(string id, int version, CancellationToken cancellationToken) =>
        RunAsync(id, async () =>
        {
            var item = await manager.RestoreAsync(User, id, version, cancellationToken);
            return $"已将第 {version} 版恢复为新的草稿（第 {item.VersionNumber} 版），发布后生效。";
        });

    [HttpPost("publish")]
    public Task<IActionResult> Publish(string id, CancellationToken cancellationToken) =>
        RunAsync(id, async () => $"已发布“{(await manager.PublishAsync(User, id, cancellationToken)).Title}”。");

    [HttpPost("unpublish")]
    public Task<IActionResult> Unpublish(string id, CancellationToken cancellationToken) =>
        RunAsync(id, async () => $"已下线“{(await manager.UnpublishAsync(User, id, cancellationToken)).Title}”，门户中不再显示。");

    [HttpPost("submit")]
    public Task<IActionResult> Submit(string id, CancellationToken cancellationToken) =>
        RunAsync(id, async () => $"已提交审核“{(await manager.SubmitAsync(User, id, cancellationToken)).Title}”。");

    [HttpPost("approve")]
    public Task<IActionResult> Approve(string id, string? opinion, CancellationToken cancellationToken) =>
        RunAsync(id, async () => $"已审核通过并发布“{(await manager.ApproveAsync(User, id, opinion, cancellationToken)).Title}”。");

    [HttpPost("return")]
    public Task<IActionResult> Return(string id, string? opinion, CancellationToken cancellationToken) =>
        RunAsync(id, async () => $"已退回“{(await manager.ReturnAsync(User, id, opinion ?? "", cancellationToken)).Title}”，编辑可按审核意见修改后重新提交。");

    [HttpPost("schedule")]
    public Task<IActionResult> Schedule(string id, string? publishAt, string? unpublishAt, bool clear, CancellationToken cancellationToken) =>
        RunAsync(id, async () =>
        {
            if (clear)
            {
                await manager.ScheduleAsync(User, id, null, null, cancellationToken);
                return "已取消定时发布和定时下线。";
            }

            if (!ContentFormBinder.ParseLocal(publishAt, out var publishUtc) || !ContentFormBinder.ParseLocal(unpublishAt, out var unpublishUtc))
            {
                throw new ContentValidationException("schedule", "定时时间的格式不正确，请按“年-月-日 时:分”选择。");
            }

            await manager.ScheduleAsync(User, id, publishUtc, unpublishUtc, cancellationToken);
            return "已保存定时设置（北京时间），到时自动执行。";
        });

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var title = (await LatestAsync(id, cancellationToken))?.Title;
        try
        {
            await manager.DeleteAsync(User, id, cancellationToken);
        }
        catch (ContentValidationException ex)
        {
            notifier.Add(NotifyType.Error, ex.Message);
            return Redirect($"/admin/contents/{id}");
        }
        catch (ContentForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }

        notifier.Add(NotifyType.Success, $"已将“{title}”移入回收站。");
        return Redirect("/admin/contents");
    }

    /// <summary>Runs one action: success and refusals with a reason become flash messages on the item page; forbidden is the 403 page.</summary>
    private async Task<IActionResult> RunAsync(string id, Func<Task<string>> action)
    {
        try
        {
            notifier.Add(NotifyType.Success, await action());
        }
        catch (ContentValidationException ex)
        {
            notifier.Add(NotifyType.Error, ex.Message);
        }
        catch (ContentForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }

        return Redirect($"/admin/contents/{id}");
    }

    private Task<ContentItemView?> LatestAsync(string id, CancellationToken cancellationToken) =>
        manager.GetAsync(User, id, ContentVersionOption.Latest, cancellationToken);

    /// <summary>403 for an item the caller may read but not manage, 404 for one they cannot see at all.</summary>
    private async Task<IActionResult> RefusalAsync(string id, CancellationToken cancellationToken) =>
        await manager.GetAsync(User, id, ContentVersionOption.Published, cancellationToken) is null
            ? NotFound()
            : StatusCode(StatusCodes.Status403Forbidden);

    private ViewResult PreviewView(AdminContentPreviewViewModel model, string title)
    {
        ViewData["Title"] = title;
        ViewData[Breadcrumb.ViewDataKey] = Crumbs.Append(new Breadcrumb(model.Item.Title, $"/admin/contents/{model.Item.ContentItemId}")).ToArray();
        return View("Preview", model);
    }
}
