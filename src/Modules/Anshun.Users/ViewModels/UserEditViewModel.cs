using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>The user form (新建用户 / 编辑用户).</summary>
public sealed class UserEditViewModel
{
    public const int UnitRows = 4;

    public string? Id { get; set; }

    [Display(Name = "用户名")]
    public string? UserName { get; set; }

    [Display(Name = "姓名")]
    public string? DisplayName { get; set; }

    [Display(Name = "电子邮箱")]
    public string? Email { get; set; }

    [Display(Name = "办公电话")]
    public string? OfficePhone { get; set; }

    [Display(Name = "手机")]
    public string? Mobile { get; set; }

    [Display(Name = "初始密码")]
    public string? Password { get; set; }

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "任职单位")]
    public List<UnitRowInput> Units { get; set; } = [];

    /// <summary>Index of the primary row in <see cref="Units"/>.</summary>
    public int PrimaryIndex { get; set; }

    /// <summary>分管领导's user name.</summary>
    [Display(Name = "分管领导")]
    public string? Leader { get; set; }

    public bool IsNew => Id is null;

    public IReadOnlyList<OptionItem> AvailableRoles { get; set; } = [];

    public IReadOnlyList<OptionItem> AvailableUnits { get; set; } = [];

    public IReadOnlyList<OptionItem> AvailableLeaders { get; set; } = [];

    /// <summary>Pads the unit rows so the form always offers empty ones.</summary>
    public void PadUnits()
    {
        while (Units.Count < UnitRows)
        {
            Units.Add(new UnitRowInput());
        }
    }
}
