namespace Anshun.StaffDirectory.Models;

/// <summary>A user's directory preference (通讯录隐私设置), row of <c>Directory_Preferences</c>.</summary>
public sealed class DirectoryPreference
{
    public string UserId { get; set; } = "";

    public MobileVisibility MobileVisibility { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
