using System.Globalization;
using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;
using Anshun.Core.Organization;

namespace Anshun.Contents.Portal;

/// <summary>
/// Builds a section's list page. Null for a section that is unknown, disabled or not readable by
/// the caller — the three look the same from outside (404), so a restricted section is not revealed.
/// </summary>
public sealed class PortalSectionPageBuilder(
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    PortalListReader lists,
    PortalListItemBuilder builder,
    UnitNameLookup units)
{
    public const int PageSize = 20;

    public async Task<PortalSectionPageViewModel?> BuildAsync(
        ClaimsPrincipal user, string code, int page, PortalSectionFilter filter, CancellationToken cancellationToken = default)
    {
        var access = await authorizer.GetAccessAsync(user, cancellationToken);
        var all = await sections.GetAllAsync(cancellationToken);
        bool Visible(SectionInfo s) => s.IsEnabled && access.CanRead(s.Id);
        var section = all.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        if (section is null || !Visible(section))
        {
            return null;
        }

        var byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var ancestors = new List<PortalSectionLink>();
        for (var parentId = section.ParentId; parentId is not null && byId.TryGetValue(parentId, out var parent); parentId = parent.ParentId)
        {
            ancestors.Insert(0, new PortalSectionLink(parent.Name, parent.Code, false));
        }

        var errors = new List<string>();
        var from = ParseDate(filter.From, "开始日期", errors);
        var to = ParseDate(filter.To, "结束日期", errors);
        if (from is not null && to is not null && from > to)
        {
            errors.Add("开始日期不能晚于结束日期，已忽略日期条件。");
            from = to = null;
        }

        var unitNames = await units.GetUnitsAsync(cancellationToken);
        var unitId = string.IsNullOrEmpty(filter.Unit) ? null : filter.Unit;
        if (unitId is not null && !unitNames.ContainsKey(unitId))
        {
            errors.Add("所选发布单位不存在，已显示全部单位的信息。");
            unitId = null;
        }

        var query = new ContentListQuery
        {
            Section = section.Id,
            IssuingUnitId = unitId,
            From = from,
            To = to,
            PinnedFirst = true,
            Page = Math.Max(1, page),
            PageSize = PageSize,
        };
        var result = await lists.ListAsync(access, query, cancellationToken);
        var items = await builder.BuildAsync(user, result.Items, null, cancellationToken);
        var unitOptions = unitNames.Values
            .Where(u => u.IsActive && u.Kind is OrgUnitKind.Office or OrgUnitKind.Department or OrgUnitKind.County)
            .OrderBy(u => u.Kind)
            .ThenBy(u => u.SortOrder)
            .Select(u => new PortalUnitOption(u.Id, u.Name))
            .ToList();

        return new PortalSectionPageViewModel(
            section,
            ancestors,
            TabsOf(section, all, byId, Visible),
            items,
            result.Page,
            result.TotalPages,
            result.TotalCount,
            filter,
            unitOptions,
            errors);
    }

    /// <summary>全部 plus the sub-sections: of this section when it has any, else of its parent (siblings).</summary>
    private static List<PortalSectionLink> TabsOf(
        SectionInfo section, IReadOnlyList<SectionInfo> all, Dictionary<string, SectionInfo> byId, Func<SectionInfo, bool> visible)
    {
        var children = all.Where(s => s.ParentId == section.Id && visible(s)).ToList();
        var root = section;
        if (children.Count == 0 && section.ParentId is not null && byId.TryGetValue(section.ParentId, out var parent) && visible(parent))
        {
            root = parent;
            children = all.Where(s => s.ParentId == parent.Id && visible(s)).ToList();
        }

        if (children.Count == 0)
        {
            return [];
        }

        var tabs = new List<PortalSectionLink> { new("全部", root.Code, root.Id == section.Id) };
        tabs.AddRange(children.Select(c => new PortalSectionLink(c.Name, c.Code, c.Id == section.Id)));
        return tabs;
    }

    private static DateOnly? ParseDate(string? text, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(string.Format(CultureInfo.InvariantCulture, "{0}“{1}”不是有效的日期（格式为 2026-01-31），已忽略。", label, text));
        return null;
    }
}
