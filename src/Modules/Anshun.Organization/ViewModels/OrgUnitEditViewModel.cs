using Anshun.Core.Organization;
using Anshun.Organization.Models;
using Anshun.Organization.Services;

namespace Anshun.Organization.ViewModels;

/// <summary>The create/edit form of a unit. Every field is optional here; the manager validates and explains in Chinese.</summary>
public sealed class OrgUnitEditViewModel
{
    public string? Id { get; set; }

    public string? ParentId { get; set; }

    public string? ParentName { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ShortName { get; set; }

    public string? Kind { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public bool IsNew => Id is null;

    public static OrgUnitEditViewModel From(OrgUnit unit, OrgUnit? parent) => new()
    {
        Id = unit.Id,
        ParentId = unit.ParentId,
        ParentName = parent?.Name,
        Code = unit.Code,
        Name = unit.Name,
        ShortName = unit.ShortName,
        Kind = unit.Kind.ToString(),
        Phone = unit.Phone,
        Address = unit.Address,
    };

    /// <summary>The input for the manager; an unknown kind becomes null and is reported as not chosen.</summary>
    public OrgUnitInput ToInput() =>
        new(Code, Name, ShortName, OrgUnitRules.TryParseKind(Kind, out var kind) ? kind : (OrgUnitKind?)null, ParentId, Phone, Address);
}
