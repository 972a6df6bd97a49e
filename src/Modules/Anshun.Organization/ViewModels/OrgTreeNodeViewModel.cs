using Anshun.Organization.Models;

namespace Anshun.Organization.ViewModels;

/// <summary>One node of the admin tree, rendered recursively.</summary>
public sealed record OrgTreeNodeViewModel(OrgUnit Unit, OrgIndexViewModel Page);
