namespace Anshun.Contents.Data;

/// <summary>A row of <c>Content_Reviews</c>: one step of 送审 (submit, approve, return) with its opinion.</summary>
public sealed class ContentReviewRecord
{
    public string Id { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public int VersionNumber { get; set; }

    public int Action { get; set; }

    public string? UserId { get; set; }

    public DateTime Utc { get; set; }

    public string? Opinion { get; set; }
}
