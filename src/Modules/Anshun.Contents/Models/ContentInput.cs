using System.Text.Json.Nodes;

namespace Anshun.Contents.Models;

/// <summary>
/// What an editor submits to create or edit an item, from the admin form, the JSON API or a
/// recipe alike (same validation, same sanitization). Values for parts the type lacks are ignored.
/// </summary>
public sealed class ContentInput
{
    public string ContentType { get; set; } = "";

    public string? SectionId { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>正文 HTML; sanitized before it is stored.</summary>
    public string? Body { get; set; }

    /// <summary>来源 (e.g. 市政府办公室, 新华社).</summary>
    public string? Source { get; set; }

    /// <summary>发布单位: an org unit id.</summary>
    public string? IssuingUnitId { get; set; }

    public bool Pinned { get; set; }

    /// <summary>置顶截止 (UTC); null keeps it pinned until unpinned.</summary>
    public DateTime? PinnedUntilUtc { get; set; }

    public ContentImportance Importance { get; set; }

    /// <summary>Ids of attachments uploaded beforehand through <c>IAttachmentStore</c>, in display order.</summary>
    public IList<string> AttachmentIds { get; set; } = [];

    /// <summary>Field values by field name (shapes in <see cref="ContentFieldType"/>).</summary>
    public IDictionary<string, JsonNode?> Fields { get; set; } = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
}
