using Anshun.Core.Time;
using Anshun.Users.Models;

namespace Anshun.Users.Services;

/// <summary>The result of checking a sign-in, with the Chinese message shown on the page and in the API.</summary>
public sealed record LoginOutcome(LoginStatus Status, AnshunUser? User = null, DateTime? LockoutEndUtc = null, string? PendingAction = null)
{
    public bool Succeeded => Status == LoginStatus.Succeeded;

    public string Message => Status switch
    {
        LoginStatus.Succeeded => "登录成功。",
        LoginStatus.CodeRequired => "请输入身份验证器应用中显示的 6 位动态口令。",
        LoginStatus.InvalidCode => "动态口令不正确或已使用过，请输入身份验证器当前显示的 6 位数字。",
        LoginStatus.LockedOut => $"密码错误次数过多，账号已锁定，请于北京时间 {ChinaTime.Format(LockoutEndUtc)} 之后再试，或联系安全保密管理员解锁。",
        LoginStatus.Disabled => "该账号已被停用，请联系系统管理员。",
        _ => "用户名或密码错误。",
    };
}
