using System.ComponentModel.DataAnnotations;

namespace Anshun.Users.Authentication;

/// <summary>
/// 登录限流: how many login attempts one client address may make per window, on the login page and
/// the login API together. Configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "Anshun:Users:LoginThrottle";

    public const string PolicyName = "anshun-login";

    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
