using System.Text.Json.Serialization;
using Anshun.Organization.Models;
using Anshun.Organization.Services;

namespace Anshun.Organization.Api;

/// <summary>A unit in API answers; <see cref="Children"/> only in the nested (<c>?tree=true</c>) form.</summary>
public sealed record OrgUnitDto(
    string Id,
    string? ParentId,
    string Code,
    string Name,
    string? ShortName,
    string Kind,
    string KindName,
    int SortOrder,
    string Path,
    int Depth,
    bool IsActive,
    string? Phone,
    string? Address)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<OrgUnitDto>? Children { get; init; }

    public static OrgUnitDto From(OrgUnit u) => new(
        u.Id, u.ParentId, u.Code, u.Name, u.ShortName, u.Kind.ToString(), OrgUnitKindNames.Of(u.Kind),
        u.SortOrder, u.Path, u.Depth, u.IsActive, u.Phone, u.Address);
}
