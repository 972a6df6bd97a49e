using Anshun.StaffDirectory.Pinyin;

namespace Anshun.StaffDirectory.Models;

/// <summary>
/// 通讯录条目: one person in one unit, before privacy is applied (the mobile is the stored one).
/// A person with posts in several units has an entry in each.
/// </summary>
/// <param name="HomeUnitIds">The person's 本单位: for each post, the nearest unit above or at it that is not an internal division.</param>
public sealed record DirectoryEntry(
    string UserId,
    string Name,
    string UnitId,
    string UnitName,
    string UnitPath,
    string? Position,
    string? OfficePhone,
    string? Mobile,
    string? Email,
    IReadOnlySet<string> HomeUnitIds,
    PinyinName Pinyin);
