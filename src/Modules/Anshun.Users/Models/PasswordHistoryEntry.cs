namespace Anshun.Users.Models;

/// <summary>密码历史: the hash of a password a user has had, so recent ones are not reused.</summary>
public sealed class PasswordHistoryEntry
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string PasswordHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
