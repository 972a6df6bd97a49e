namespace Anshun.Users.Services;

public enum LoginStatus
{
    Succeeded,

    /// <summary>Unknown user or wrong password (never says which).</summary>
    InvalidCredentials,

    /// <summary>Password correct, but the account has TOTP and no code was given.</summary>
    CodeRequired,

    InvalidCode,

    LockedOut,

    /// <summary>停用.</summary>
    Disabled,
}
