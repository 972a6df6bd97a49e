using Anshun.Core.Organization;

namespace Anshun.Organization.Services;

/// <summary>Chinese names of <see cref="OrgUnitKind"/> for the UI.</summary>
public static class OrgUnitKindNames
{
    public static string Of(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Office => "市政府机关",
        OrgUnitKind.Department => "市直部门",
        OrgUnitKind.County => "县区",
        OrgUnitKind.Township => "乡镇街道",
        OrgUnitKind.Division => "内设机构",
        _ => kind.ToString(),
    };

    /// <summary>Bootstrap badge colour of the kind in the tree.</summary>
    public static string BadgeClass(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Office => "text-bg-danger",
        OrgUnitKind.Department => "text-bg-primary",
        OrgUnitKind.County => "text-bg-success",
        OrgUnitKind.Township => "text-bg-info",
        OrgUnitKind.Division => "text-bg-secondary",
        _ => "text-bg-light",
    };

    public static IReadOnlyList<OrgUnitKind> All { get; } = Enum.GetValues<OrgUnitKind>();
}
