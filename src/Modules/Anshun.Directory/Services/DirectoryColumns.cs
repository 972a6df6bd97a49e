using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>The columns of an exported directory, shared by the .xlsx and .csv writers.</summary>
public static class DirectoryColumns
{
    public static IReadOnlyList<string> Headers { get; } = ["单位", "姓名", "职务", "办公电话", "手机", "电子邮箱"];

    public static IReadOnlyList<string> Values(DirectoryListing listing) =>
    [
        listing.UnitName,
        listing.Name,
        listing.Position ?? "",
        listing.OfficePhone ?? "",
        listing.Mobile ?? (listing.MobileHidden ? "不公开" : ""),
        listing.Email ?? "",
    ];
}
