namespace Anshun.Users.Models;

/// <summary>
/// 密码策略, stored in the site setting <see cref="SettingKey"/>. The defaults are the floor the office's
/// security rules allow; the security administrator may make the policy stricter, never weaker.
/// </summary>
public sealed class PasswordPolicy
{
    public const string SettingKey = "Security.PasswordPolicy";

    public const int MinimumLengthFloor = 8;
    public const int CharacterClassesFloor = 3;
    public const int HistoryCountFloor = 5;
    public const int MaximumExpiryDays = 365;
    public const int MaximumHistoryCount = 24;

    /// <summary>最短长度.</summary>
    public int MinimumLength { get; set; } = MinimumLengthFloor;

    /// <summary>How many of the four classes (upper, lower, digit, symbol) a password must mix.</summary>
    public int RequiredCharacterClasses { get; set; } = CharacterClassesFloor;

    /// <summary>密码有效期（天）.</summary>
    public int ExpiryDays { get; set; } = 90;

    /// <summary>How many recent passwords may not be reused.</summary>
    public int HistoryCount { get; set; } = HistoryCountFloor;

    /// <summary>The policy with any value below the floor raised to it (a hand-edited setting cannot weaken it).</summary>
    public PasswordPolicy Effective() => new()
    {
        MinimumLength = Math.Clamp(MinimumLength, MinimumLengthFloor, 64),
        RequiredCharacterClasses = Math.Clamp(RequiredCharacterClasses, CharacterClassesFloor, 4),
        ExpiryDays = Math.Clamp(ExpiryDays, 1, MaximumExpiryDays),
        HistoryCount = Math.Clamp(HistoryCount, HistoryCountFloor, MaximumHistoryCount),
    };
}
