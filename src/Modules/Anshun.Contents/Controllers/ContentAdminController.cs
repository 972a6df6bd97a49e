using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>内容列表 and the create/edit form generated from the content type. Section rules are applied by the services.</summary>
[RequirePermission(ContentsPermissions.Edit)]
[Route("admin/contents")]
public sealed class ContentAdminController(
    IContentQuery query,
    IContentManager manager,
    IContentDefinitionStore definitions,
    ContentAdminOptions options,
    ContentFormBinder binder,
    INotifier notifier) : Controller
{
    public const string CommandDraft = "draft";
    public const string CommandPublish = "publish";
    public const string CommandPreview = "preview";

    private static readonly Breadcrumb[] Crumbs = [new(ContentsNavigation.GroupText), new("内容列表", "/admin/contents")];

    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? type, string? section, ContentStatusFilter status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new ContentAdminQuery
        {
            ContentType = string.IsNullOrWhiteSpace(type) ? null : type,
            SectionId = string.IsNullOrWhiteSpace(section) ? null : section,
            Status = Enum.IsDefined(status) ? status : ContentStatusFilter.All,
            Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
            Page = Math.Max(1, page),
        };
        var access = await options.AccessAsync(User, cancellationToken);
        var result = await query.ListForAdminAsync(User, filter, cancellationToken);
        var sectionMap = await options.SectionMapAsync(cancellationToken);
        var model = new AdminContentListViewModel(
            filter,
            result,
            await options.TypesAsync(cancellationToken),
            await options.CreatableTypesAsync(access, cancellationToken),
            await options.WorkSectionsAsync(access, cancellationToken),
            sectionMap.ToDictionary(s => s.Key, s => s.Value.Name, StringComparer.Ordinal),
            await options.UserNamesAsync(result.Items.Select(r => r.ModifiedBy), cancellationToken));
        ViewData["Title"] = "内容列表";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb(ContentsNavigation.GroupText) };
        return View(model);
    }

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return await definitions.GetTypeAsync(type, cancellationToken) is null ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        var input = new AdminContentInput();
        var model = await binder.FormAsync(User, definition, input, cancellationToken);
        input.SectionId = model.Sections.FirstOrDefault()?.Id;
        input.IssuingUnitId = model.Sections.FirstOrDefault()?.OwnerUnitId;
        return FormView(model, StatusCodes.Status200OK);
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> Create(string type, AdminContentInput input, CancellationToken cancellationToken)
    {
        if (await CreatableTypeAsync(type, cancellationToken) is not { } definition)
        {
            return await definitions.GetTypeAsync(type, cancellationToken) is null ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.Clear();
        var contentInput = await binder.ToContentInputAsync(definition, input, Request.Form, ModelState, cancellationToken);
        if (contentInput is null)
        {
            return FormView(await binder.FormAsync(User, definition, input, cancellationToken), StatusCodes.Status400BadRequest);
        }

        ContentItemView item;
        try
        {
            item = await manager.CreateAsync(User, contentInput, cancellationToken);
        }
        catch (ContentValidationException ex)
        {
            ModelState.AddModelError(ex.Field, ex.Message);
            return FormView(await binder.FormAsync(User, definition, input, cancellationToken), StatusCodes.Status400BadRequest);
        }
        catch (ContentForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await AfterSaveAsync(item, input.Command, cancellationToken);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var (item, refusal) = await EditableAsync(id, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        var input = await binder.FromItemAsync(definition, item, cancellationToken);
        var model = await binder.FormAsync(User, definition, input, cancellationToken);
        return FormView(model with { ContentItemId = id, VersionNumber = item.VersionNumber }, StatusCodes.Status200OK);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, AdminContentInput input, CancellationToken cancellationToken)
    {
        var (item, refusal) = await EditableAsync(id, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }

        if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } definition)
        {
            return NotFound();
        }

        ModelState.Clear();
        var contentInput = await binder.ToContentInputAsync(definition, input, Request.Form, ModelState, cancellationToken);
        try
        {
            if (contentInput is not null)
            {
                var saved = await manager.UpdateAsync(User, id, contentInput, cancellationToken);
                return await AfterSaveAsync(saved, input.Command, cancellationToken);
            }
        }
        catch (ContentValidationException ex)
        {
            ModelState.AddModelError(ex.Field, ex.Message);
        }
        catch (ContentForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }

        var model = await binder.FormAsync(User, definition, input, cancellationToken);
        return FormView(model with { ContentItemId = id, VersionNumber = item.VersionNumber }, StatusCodes.Status400BadRequest);
    }

    /// <summary>After saving: stay on the form (保存草稿), show the preview (预览), or publish / submit (发布 / 提交审核).</summary>
    private async Task<IActionResult> AfterSaveAsync(ContentItemView item, string? command, CancellationToken cancellationToken)
    {
        var id = item.ContentItemId;
        if (command == CommandPreview)
        {
            return Redirect($"/admin/contents/{id}/preview");
        }

        if (command != CommandPublish)
        {
            notifier.Add(NotifyType.Success, $"已保存草稿“{item.Title}”（第 {item.VersionNumber} 版）。");
            return Redirect($"/admin/contents/{id}/edit");
        }

        var access = await options.AccessAsync(User, cancellationToken);
        var needsSubmit = item.SectionId is { } sectionId
            && (await options.SectionMapAsync(cancellationToken)).GetValueOrDefault(sectionId)?.RequiresReview == true
            && !access.CanReview(sectionId);
        try
        {
            if (needsSubmit)
            {
                await manager.SubmitAsync(User, id, cancellationToken);
                notifier.Add(NotifyType.Success, $"已保存并提交审核“{item.Title}”，审核通过后发布。");
            }
            else
            {
                await manager.PublishAsync(User, id, cancellationToken);
                notifier.Add(NotifyType.Success, $"已发布“{item.Title}”。");
            }
        }
        catch (Exception ex) when (ex is ContentValidationException or ContentForbiddenException)
        {
            notifier.Add(NotifyType.Error, $"草稿已保存，但未能{(needsSubmit ? "提交审核" : "发布")}：{ex.Message}");
        }

        return Redirect($"/admin/contents/{id}");
    }

    /// <summary>The latest version when the caller may edit it; otherwise 403 for an item they can read, 404 for one they cannot see.</summary>
    private async Task<(ContentItemView? Item, IActionResult? Refusal)> EditableAsync(string id, CancellationToken cancellationToken)
    {
        var item = await manager.GetAsync(User, id, ContentVersionOption.Latest, cancellationToken);
        if (item is not null && (await options.AccessAsync(User, cancellationToken)).CanEdit(item.SectionId))
        {
            return (item, null);
        }

        var visible = item ?? await manager.GetAsync(User, id, ContentVersionOption.Published, cancellationToken);
        return (null, visible is null ? NotFound() : StatusCode(StatusCodes.Status403Forbidden));
    }

    private async Task<ContentTypeDefinition?> CreatableTypeAsync(string type, CancellationToken cancellationToken)
    {
        var access = await options.AccessAsync(User, cancellationToken);
        return (await options.CreatableTypesAsync(access, cancellationToken)).FirstOrDefault(t => t.Name == type);
    }

    private ViewResult FormView(AdminContentFormViewModel model, int statusCode)
    {
        ViewData["Title"] = model.IsNew ? $"新建{model.Type.DisplayName}" : $"编辑{model.Type.DisplayName}";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        var view = View("Edit", model);
        view.StatusCode = statusCode;
        return view;
    }
}
