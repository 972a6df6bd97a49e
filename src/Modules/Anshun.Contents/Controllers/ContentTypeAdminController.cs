using System.Globalization;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>内容类型 (系统管理员): list, create, edit parts and fields, delete when unused.</summary>
[RequirePermission(ContentsPermissions.ManageTypes)]
[Route("admin/content-types")]
public sealed class ContentTypeAdminController(IContentDefinitionStore definitions, INotifier notifier) : Controller
{
    private static readonly Breadcrumb[] Crumbs = [new(ContentsNavigation.GroupText), new("内容类型", "/admin/content-types")];
    private static readonly char[] OptionSeparators = [',', '，', '、', ';', '；', '\n', '\r'];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "内容类型";
        ViewData[Breadcrumb.ViewDataKey] = new[] { new Breadcrumb(ContentsNavigation.GroupText) };
        return View(await definitions.GetTypesAsync(cancellationToken));
    }

    [HttpGet("create")]
    public IActionResult Create() =>
        FormView(new AdminContentTypeFormViewModel(new AdminContentTypeInput { Parts = [ContentParts.Title, ContentParts.Section, ContentParts.Body] }, true), StatusCodes.Status200OK);

    [HttpPost("create")]
    public async Task<IActionResult> Create(AdminContentTypeInput input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.Name) && await definitions.GetTypeAsync(input.Name.Trim(), cancellationToken) is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError("name", $"技术名称“{input.Name.Trim()}”已被其他内容类型使用，请换一个名称。");
            return FormView(new AdminContentTypeFormViewModel(input, true), StatusCodes.Status400BadRequest);
        }

        return await SaveAsync(input, true, cancellationToken);
    }

    [HttpGet("{name}/edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        var input = new AdminContentTypeInput
        {
            Name = type.Name,
            DisplayName = type.DisplayName,
            Description = type.Description,
            Creatable = type.Creatable,
            Parts = type.Parts.ToList(),
            Fields = type.Fields.Select(f => new AdminFieldRow
            {
                Name = f.Name,
                DisplayName = f.DisplayName,
                Type = f.Type,
                Required = f.Required,
                Hint = f.Hint,
                MaxLength = f.MaxLength?.ToString(CultureInfo.InvariantCulture),
                Minimum = f.Minimum?.ToString(CultureInfo.InvariantCulture),
                Maximum = f.Maximum?.ToString(CultureInfo.InvariantCulture),
                Multiple = f.Multiple,
                Options = string.Join("，", f.Options),
            }).ToList(),
        };
        return FormView(new AdminContentTypeFormViewModel(input, false), StatusCodes.Status200OK);
    }

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> Edit(string name, AdminContentTypeInput input, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is null)
        {
            return NotFound();
        }

        input.Name = name;
        return await SaveAsync(input, false, cancellationToken);
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        if (await definitions.GetTypeAsync(name, cancellationToken) is not { } type)
        {
            return NotFound();
        }

        try
        {
            await definitions.DeleteTypeAsync(name, cancellationToken);
            notifier.Add(NotifyType.Success, $"已删除内容类型“{type.DisplayName}”。");
        }
        catch (ContentValidationException ex)
        {
            notifier.Add(NotifyType.Error, ex.Message);
        }

        return Redirect("/admin/content-types");
    }

    private async Task<IActionResult> SaveAsync(AdminContentTypeInput input, bool isNew, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        input.Fields = input.Fields.Where(f => !f.IsBlank).ToList();
        var fields = new List<ContentFieldDefinition>();
        for (var i = 0; i < input.Fields.Count; i++)
        {
            fields.Add(ToDefinition(input.Fields[i], $"fields[{i}]"));
        }

        if (ModelState.IsValid)
        {
            var definition = new ContentTypeDefinition(input.Name?.Trim() ?? "", input.DisplayName?.Trim() ?? "")
            {
                Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
                Creatable = input.Creatable,
                Parts = ContentParts.All.Where(p => input.Parts.Contains(p, StringComparer.Ordinal)).ToList(),
                Fields = fields,
            };
            try
            {
                await definitions.SaveTypeAsync(definition, cancellationToken);
                notifier.Add(NotifyType.Success, isNew ? $"已创建内容类型“{definition.DisplayName}”。" : $"已保存内容类型“{definition.DisplayName}”。");
                return Redirect("/admin/content-types");
            }
            catch (ContentValidationException ex)
            {
                ModelState.AddModelError(ex.Field, ex.Message);
            }
        }

        return FormView(new AdminContentTypeFormViewModel(input, isNew), StatusCodes.Status400BadRequest);
    }

    private ContentFieldDefinition ToDefinition(AdminFieldRow row, string prefix)
    {
        var label = string.IsNullOrWhiteSpace(row.DisplayName) ? row.Name?.Trim() : row.DisplayName.Trim();
        return new ContentFieldDefinition(row.Name?.Trim() ?? "", row.DisplayName?.Trim() ?? "", row.Type)
        {
            Required = row.Required,
            Hint = string.IsNullOrWhiteSpace(row.Hint) ? null : row.Hint.Trim(),
            MaxLength = (int?)Number(row.MaxLength, prefix + ".maxLength", $"字段“{label}”的最大长度须为整数。", integer: true),
            Minimum = Number(row.Minimum, prefix + ".minimum", $"字段“{label}”的最小值须为数字。", integer: false),
            Maximum = Number(row.Maximum, prefix + ".maximum", $"字段“{label}”的最大值须为数字。", integer: false),
            Multiple = row.Multiple,
            Options = (row.Options ?? "").Split(OptionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private decimal? Number(string? text, string key, string message, bool integer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ok = integer
            ? int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) && whole > 0
            : decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        if (!ok)
        {
            ModelState.AddModelError(key, message);
            return null;
        }

        return decimal.Parse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private ViewResult FormView(AdminContentTypeFormViewModel model, int statusCode)
    {
        ViewData["Title"] = model.IsNew ? "新建内容类型" : $"编辑内容类型：{model.Input.DisplayName}";
        ViewData[Breadcrumb.ViewDataKey] = Crumbs;
        var view = View("Edit", model);
        view.StatusCode = statusCode;
        return view;
    }
}
