namespace Anshun.Contents.Data;

/// <summary>A row of <c>Content_Reads</c>: a user's first read of an item.</summary>
public sealed class ContentReadRecord
{
    public string ContentItemId { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime ReadUtc { get; set; }
}
