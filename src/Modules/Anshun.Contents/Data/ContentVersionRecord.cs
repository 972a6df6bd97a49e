namespace Anshun.Contents.Data;

/// <summary>A row of <c>Content_Versions</c>: one saved version (版本) of an item; never changed once written.</summary>
public sealed class ContentVersionRecord
{
    public string ContentItemId { get; set; } = "";

    public int VersionNumber { get; set; }

    public string Title { get; set; } = "";

    public string? SectionId { get; set; }

    /// <summary>The other parts and the fields as JSON (<see cref="Services.ContentVersionData"/>).</summary>
    public string Data { get; set; } = "{}";

    public string? AuthorUserId { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Why this version exists when not a plain edit (恢复自版本 2, 导入).</summary>
    public string? Note { get; set; }
}
