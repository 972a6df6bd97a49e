using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>重置密码: a password chosen by the administrator, or none to generate one.</summary>
public sealed class ResetPasswordViewModel
{
    public string Id { get; set; } = "";

    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    [Display(Name = "新密码")]
    public string? Password { get; set; }

    /// <summary>Shown once after a generated reset.</summary>
    public string? GeneratedPassword { get; set; }

    public bool Done { get; set; }
}
