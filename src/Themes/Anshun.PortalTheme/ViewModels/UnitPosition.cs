namespace Anshun.PortalTheme.ViewModels;

/// <summary>One of the user's units (所在单位) with the position held there (职务).</summary>
/// <param name="ParentName">The unit it belongs to, for 内设机构 and 乡镇 whose own name says little alone.</param>
public sealed record UnitPosition(string UnitName, string? ParentName, string? Position, bool IsPrimary);
