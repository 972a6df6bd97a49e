namespace Anshun.Contents.Data;

/// <summary>A row of <c>Content_Types</c>: one content type (内容类型) with its definition as JSON.</summary>
public sealed class ContentTypeRecord
{
    public string Name { get; set; } = "";

    /// <summary>The serialized <see cref="Models.ContentTypeDefinition"/>.</summary>
    public string Definition { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}
