using Anshun.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace Anshun.Users.Models;

/// <summary>用户账号: an ASP.NET Core Identity user with the office's own fields.</summary>
public sealed class AnshunUser : IdentityUser
{
    /// <summary>姓名.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled (停用) account cannot sign in; its sessions end on the next request.</summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>Set by an administrator's password reset or a generated password: the next sign-in must change it.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the password was last set; with the policy's expiry days it decides when it expires.</summary>
    public DateTime? PasswordChangedUtc { get; set; }

    /// <summary>人员密级: the highest level of information the person is cleared to read.</summary>
    public SecretLevel SecretLevel { get; set; } = SecretLevel.Public;

    /// <summary>办公电话.</summary>
    public string? OfficePhone { get; set; }

    /// <summary>手机.</summary>
    public string? Mobile { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>最近登录时间.</summary>
    public DateTime? LastLoginUtc { get; set; }
}
