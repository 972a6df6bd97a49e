namespace Anshun.Organization.Models;

/// <summary>Who leads a user (分管领导): the drafter's leader in approval workflows.</summary>
public sealed class OrgLeader
{
    public string UserId { get; set; } = "";

    public string LeaderUserId { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}
