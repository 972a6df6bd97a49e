using Anshun.Contents.Models;
using Anshun.Contents.Sections;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Mvc;

namespace Anshun.Contents.Controllers;

/// <summary>栏目管理: the section tree, section settings, and who edits, reviews and reads each section.</summary>
[Route("admin/sections")]
[RequirePermission(ContentsPermissions.ManageSections)]
public sealed class SectionAdminController(
    ISectionStore store,
    SectionPrincipals principals,
    IOrganizationService organization,
    IContentDefinitionStore definitions,
    RoleCatalog roles,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var sections = await store.GetAllAsync(cancellationToken);
        var labels = new Dictionary<string, ILookup<SectionRole, string>>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var pairs = new List<(SectionRole Role, string Label)>();
            foreach (var rule in section.Rules)
            {
                pairs.Add((rule.Role, await principals.DescribeAsync(rule.Principal, cancellationToken)));
            }

            labels[section.Id] = pairs.ToLookup(p => p.Role, p => p.Label);
        }

        SetBreadcrumbs(withLink: false);
        ViewData["Title"] = "栏目管理";
        return View(new SectionIndexViewModel
        {
            Sections = sections,
            Depths = sections.ToDictionary(s => s.Id, s => s.Path.Count(c => c == '/')),
            UnitNames = (await organization.GetUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name),
            RuleLabels = labels,
            SectionsWithChildren = sections.Where(s => s.ParentId is not null).Select(s => s.ParentId!).ToHashSet(),
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(string? parentId, CancellationToken cancellationToken)
    {
        var parent = parentId is null ? null : await store.FindAsync(parentId, cancellationToken);
        return await EditViewAsync(new SectionEditViewModel
        {
            ParentId = parent?.Id,
            OwnerUnitId = parent?.OwnerUnitId,
            ContentTypes = parent is null ? [] : [.. parent.ContentTypes],
        }, cancellationToken);
    }

    [HttpPost("create")]
    public async Task<IActionResult> Create(SectionEditViewModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        try
        {
            var section = await store.SaveAsync(model.ToSection([]), cancellationToken);
            notifier.Add(NotifyType.Success, $"已新建栏目“{section.Name}”。请设置它的编辑、审核与阅读范围。");
            return RedirectToAction(nameof(Rules), new { id = section.Id });
        }
        catch (ContentValidationException ex)
        {
            AddError(ex);
            return await EditViewAsync(model, cancellationToken);
        }
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        return section is null ? NotFound() : await EditViewAsync(SectionEditViewModel.From(section), cancellationToken);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, SectionEditViewModel model, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        model.Id = section.Id;
        try
        {
            await store.SaveAsync(model.ToSection(section.Rules), cancellationToken);
            notifier.Add(NotifyType.Success, "栏目已保存。");
            return RedirectToAction(nameof(Index));
        }
        catch (ContentValidationException ex)
        {
            AddError(ex);
            return await EditViewAsync(model, cancellationToken);
        }
    }

    [HttpGet("{id}/rules")]
    public async Task<IActionResult> Rules(string id, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        return section is null ? NotFound() : await RulesViewAsync(section, new SectionRuleInput(), cancellationToken);
    }

    [HttpPost("{id}/rules/add")]
    public async Task<IActionResult> AddRule(string id, SectionRuleInput input, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        try
        {
            var value = input.Kind switch
            {
                PrincipalKind.User => input.UserName,
                PrincipalKind.Role => input.RoleName,
                _ => input.UnitId,
            };
            var principal = await principals.ResolveAsync(input.Kind.ToString(), value, input.RoleName, FieldOf(input.Kind), cancellationToken);
            var rule = new SectionRule(input.Grant, principal);
            if (section.Rules.Contains(rule))
            {
                notifier.Add(NotifyType.Info, "该授权已存在。");
                return RedirectToAction(nameof(Rules), new { id });
            }

            await store.SaveAsync(section with { Rules = [.. section.Rules, rule] }, cancellationToken);
            notifier.Add(NotifyType.Success, $"已添加{SectionRoleNames.Of(input.Grant)}授权：{await principals.DescribeAsync(principal, cancellationToken)}。");
            return RedirectToAction(nameof(Rules), new { id });
        }
        catch (ContentValidationException ex)
        {
            ModelState.AddModelError("Input." + ex.Field, ex.Message);
            return await RulesViewAsync(section, input, cancellationToken);
        }
    }

    [HttpPost("{id}/rules/remove")]
    public async Task<IActionResult> RemoveRule(
        string id, SectionRole grant, PrincipalKind kind, string value, string? roleName, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        var rule = new SectionRule(grant, new PrincipalRule(kind, value, kind == PrincipalKind.UnitRole ? roleName : null));
        if (section.Rules.Contains(rule))
        {
            await store.SaveAsync(section with { Rules = section.Rules.Where(r => r != rule).ToList() }, cancellationToken);
            notifier.Add(NotifyType.Success, $"已移除{SectionRoleNames.Of(grant)}授权：{await principals.DescribeAsync(rule.Principal, cancellationToken)}。");
        }

        return RedirectToAction(nameof(Rules), new { id });
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var section = await FindAsync(id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        try
        {
            await store.DeleteAsync(section.Id, cancellationToken);
            notifier.Add(NotifyType.Success, $"已删除栏目“{section.Name}”。");
        }
        catch (ContentValidationException ex)
        {
            notifier.Add(NotifyType.Error, ex.Message);
        }

        return RedirectToAction(nameof(Index));
    }

    private async Task<SectionInfo?> FindAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } section && section.Id == id ? section : null;

    private async Task<IActionResult> EditViewAsync(SectionEditViewModel model, CancellationToken cancellationToken)
    {
        var sections = await store.GetAllAsync(cancellationToken);
        var self = model.Id is null ? null : sections.FirstOrDefault(s => s.Id == model.Id);
        model.ParentOptions = sections
            .Where(s => self is null || (s.Id != self.Id && !s.Path.StartsWith(self.Path + "/", StringComparison.Ordinal)))
            .Select(s => new SectionOption(s.Id, new string('　', s.Path.Count(c => c == '/')) + s.Name))
            .ToList();
        model.UnitOptions = await UnitOptionsAsync(cancellationToken);
        model.TypeOptions = (await definitions.GetTypesAsync(cancellationToken))
            .Where(t => t.Has(ContentParts.Section))
            .Select(t => new SectionOption(t.Name, $"{t.DisplayName}（{t.Name}）"))
            .ToList();
        SetBreadcrumbs(withLink: true);
        ViewData["Title"] = model.IsNew ? "新建栏目" : $"编辑栏目：{self?.Name ?? model.Name}";
        return View("Edit", model);
    }

    private async Task<IActionResult> RulesViewAsync(SectionInfo section, SectionRuleInput input, CancellationToken cancellationToken)
    {
        var rows = new List<SectionRuleRow>();
        foreach (var rule in section.Rules.OrderBy(r => r.Role))
        {
            rows.Add(new SectionRuleRow(rule, await principals.DescribeAsync(rule.Principal, cancellationToken)));
        }

        var sections = await store.GetAllAsync(cancellationToken);
        var ancestorIds = section.Path.Split('/').SkipLast(1).ToHashSet(StringComparer.Ordinal);
        SetBreadcrumbs(withLink: true);
        ViewData["Title"] = $"栏目授权：{section.Name}";
        return View("Rules", new SectionRulesViewModel
        {
            Section = section,
            Rules = rows,
            RestrictedAncestors = sections
                .Where(s => ancestorIds.Contains(s.Id) && s.Rules.Any(r => r.Role == SectionRole.Reader))
                .Select(s => s.Name)
                .ToList(),
            RoleOptions = (await roles.GetRolesAsync(cancellationToken))
                .Select(r => new SectionOption(r.Name ?? "", string.IsNullOrEmpty(r.DisplayName) ? r.Name ?? "" : $"{r.DisplayName}（{r.Name}）"))
                .ToList(),
            UnitOptions = await UnitOptionsAsync(cancellationToken),
            Input = input,
        });
    }

    private async Task<IReadOnlyList<SectionOption>> UnitOptionsAsync(CancellationToken cancellationToken) =>
        (await organization.GetUnitsAsync(cancellationToken))
            .Where(u => u.IsActive)
            .Select(u => new SectionOption(u.Id, new string('　', u.Path.Count(c => c == '/')) + u.Name))
            .ToList();

    private static string FieldOf(PrincipalKind kind) => kind switch
    {
        PrincipalKind.User => nameof(SectionRuleInput.UserName),
        PrincipalKind.Role => nameof(SectionRuleInput.RoleName),
        _ => nameof(SectionRuleInput.UnitId),
    };

    private void AddError(ContentValidationException ex)
    {
        var key = ex.Field switch
        {
            "code" => nameof(SectionEditViewModel.Code),
            "name" => nameof(SectionEditViewModel.Name),
            "description" => nameof(SectionEditViewModel.Description),
            "parentId" => nameof(SectionEditViewModel.ParentId),
            "ownerUnitId" => nameof(SectionEditViewModel.OwnerUnitId),
            "contentTypes" => nameof(SectionEditViewModel.ContentTypes),
            _ => "",
        };
        ModelState.AddModelError(key, ex.Message);
    }

    private void SetBreadcrumbs(bool withLink) =>
        ViewData[Breadcrumb.ViewDataKey] = withLink
            ? new[] { new Breadcrumb("内容管理"), new Breadcrumb("栏目管理", "/admin/sections") }
            : new[] { new Breadcrumb("内容管理") };
}
