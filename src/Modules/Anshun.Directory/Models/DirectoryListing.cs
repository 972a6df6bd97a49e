namespace Anshun.StaffDirectory.Models;

/// <summary>An entry as a given viewer sees it: the mobile is null when it is not theirs to see.</summary>
public sealed record DirectoryListing(
    string UserId,
    string Name,
    string UnitId,
    string UnitName,
    string? Position,
    string? OfficePhone,
    string? Mobile,
    bool MobileHidden,
    string? Email);
