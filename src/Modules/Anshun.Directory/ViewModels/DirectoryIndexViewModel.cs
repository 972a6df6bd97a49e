using Anshun.Core.Organization;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.ViewModels;

/// <summary>The 公共通讯录 page: the unit tree, the search form and one page of entries.</summary>
public sealed record DirectoryIndexViewModel(
    IReadOnlyList<DirectoryUnitNode> Tree,
    DirectoryPage Results,
    string? Text,
    OrgUnitInfo? Unit,
    bool IncludeSubUnits,
    IReadOnlyList<string> Errors)
{
    /// <summary>The page's address with the current filters and another page number.</summary>
    public string PageUrl(int page)
    {
        var parameters = new List<string>();
        if (Text is not null)
        {
            parameters.Add("q=" + Uri.EscapeDataString(Text));
        }

        if (Unit is not null)
        {
            parameters.Add("unit=" + Uri.EscapeDataString(Unit.Code));
        }

        if (!IncludeSubUnits)
        {
            parameters.Add("includeSubUnits=false");
        }

        parameters.Add("page=" + page);
        return "/directory?" + string.Join("&", parameters);
    }

    public string ExportUrl(string format) =>
        $"/api/directory/export?format={format}&includeSubUnits={(IncludeSubUnits ? "true" : "false")}"
        + (Unit is null ? "" : "&unit=" + Uri.EscapeDataString(Unit.Code));
}
