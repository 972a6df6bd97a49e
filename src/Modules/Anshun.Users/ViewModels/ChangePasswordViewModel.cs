using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>修改密码.</summary>
public sealed class ChangePasswordViewModel
{
    [Display(Name = "当前密码")]
    [Required(ErrorMessage = "请输入当前密码。")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请输入新密码。")]
    public string? NewPassword { get; set; }

    [Display(Name = "确认新密码")]
    [Required(ErrorMessage = "请再次输入新密码。")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    public string? ConfirmPassword { get; set; }

    /// <summary>Why the user is here: the password expired or was reset (null when changing by choice).</summary>
    public string? Reason { get; set; }

    public Models.PasswordPolicy? Policy { get; set; }
}
