using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.ViewModels;

/// <summary>The 通讯录隐私设置 form.</summary>
public sealed class DirectoryPrivacyViewModel
{
    public MobileVisibility MobileVisibility { get; set; }

    public string? Mobile { get; set; }
}
