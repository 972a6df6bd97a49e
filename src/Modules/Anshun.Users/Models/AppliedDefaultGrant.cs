namespace Anshun.Users.Models;

/// <summary>A module's <see cref="Anshun.Core.Security.DefaultGrant"/> that this site has given its role: never given again.</summary>
public sealed class AppliedDefaultGrant
{
    public string Role { get; set; } = "";

    public string Permission { get; set; } = "";

    public DateTime AppliedUtc { get; set; }
}
