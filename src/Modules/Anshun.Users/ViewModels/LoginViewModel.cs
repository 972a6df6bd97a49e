using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>The login form (登录).</summary>
public sealed class LoginViewModel
{
    [Display(Name = "用户名")]
    [Required(ErrorMessage = "请输入用户名。")]
    public string? UserName { get; set; }

    [Display(Name = "密码")]
    [Required(ErrorMessage = "请输入密码。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    /// <summary>动态口令, for accounts with TOTP.</summary>
    [Display(Name = "动态口令")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Set after the password was accepted but a code is needed.</summary>
    public bool CodeRequired { get; set; }
}
