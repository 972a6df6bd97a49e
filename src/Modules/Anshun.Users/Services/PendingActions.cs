namespace Anshun.Users.Services;

/// <summary>What a signed-in user must do before the rest of the system opens (the <c>pendingAction</c> of the login API).</summary>
public static class PendingActions
{
    /// <summary>The password was reset, generated or has expired.</summary>
    public const string ChangePassword = "changePassword";

    /// <summary>An administrator has not yet bound an authenticator app (动态口令).</summary>
    public const string EnrollTotp = "enrollTotp";

    /// <summary>The page that completes the action.</summary>
    public static string PagePath(string action) => action == EnrollTotp ? "/account/totp" : "/account/password";
}
