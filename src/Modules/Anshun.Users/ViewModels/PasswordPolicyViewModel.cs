using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.ViewModels;

/// <summary>安全策略: the password policy form.</summary>
public sealed class PasswordPolicyViewModel
{
    [Display(Name = "密码最短长度")]
    [Required(ErrorMessage = "请填写密码最短长度。")]
    public int? MinimumLength { get; set; }

    [Display(Name = "须包含的字符类别数")]
    [Required(ErrorMessage = "请填写须包含的字符类别数。")]
    public int? RequiredCharacterClasses { get; set; }

    [Display(Name = "密码有效期（天）")]
    [Required(ErrorMessage = "请填写密码有效期。")]
    public int? ExpiryDays { get; set; }

    [Display(Name = "不得重复使用的历史密码个数")]
    [Required(ErrorMessage = "请填写不得重复使用的历史密码个数。")]
    public int? HistoryCount { get; set; }
}
