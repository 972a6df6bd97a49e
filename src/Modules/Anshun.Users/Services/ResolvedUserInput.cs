using Anshun.Core.Organization;
using Anshun.Users.Models;

namespace Anshun.Users.Services;

/// <summary>A validated <see cref="UserInput"/> with its references looked up.</summary>
public sealed class ResolvedUserInput(OperationResult result)
{
    public OperationResult Result { get; } = result;

    public List<(AnshunRole Role, List<string> Permissions)> Roles { get; } = [];

    /// <summary>Memberships with an empty user id, filled in when saved.</summary>
    public List<MembershipInfo> Units { get; } = [];

    public List<string> UnitNames { get; } = [];

    public string? LeaderId { get; set; }
}
