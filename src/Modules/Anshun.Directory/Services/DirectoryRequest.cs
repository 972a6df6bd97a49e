using Anshun.Core.Organization;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>A checked directory request: the query and unit, or the errors by field.</summary>
public sealed record DirectoryRequest(DirectoryQuery Query, OrgUnitInfo? Unit, IDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
