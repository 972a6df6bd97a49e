using Anshun.Core.Organization;

namespace Anshun.StaffDirectory.Models;

/// <summary>The whole directory as read from the org tree and the user accounts at one moment.</summary>
/// <param name="Units">Active units, parents before children.</param>
/// <param name="Entries">Entries of enabled users in active units, in unit-tree and member order.</param>
/// <param name="Choices">Stored privacy choices by user id; users without one have the default.</param>
public sealed record DirectorySnapshot(
    IReadOnlyList<OrgUnitInfo> Units,
    IReadOnlyList<DirectoryEntry> Entries,
    IReadOnlyDictionary<string, MobileVisibility> Choices);
