namespace Anshun.Core.Security;

public static class AnshunClaimTypes
{
    /// <summary>姓名: the user's display name.</summary>
    public const string DisplayName = "anshun:display_name";

    /// <summary>
    /// Set while the sign-in is incomplete (password must change, TOTP must be enrolled): only the
    /// pages that complete it are open.
    /// </summary>
    public const string PendingAction = "anshun:pending";
}
