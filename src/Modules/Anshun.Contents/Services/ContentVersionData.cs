using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// The parts and fields of one version besides title and section, stored as JSON in
/// <c>Content_Versions.Data</c>. Only validated, sanitized values ever get here.
/// </summary>
public sealed class ContentVersionData
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Source { get; set; }

    public string? IssuingUnitId { get; set; }

    public bool Pinned { get; set; }

    public DateTime? PinnedUntilUtc { get; set; }

    public ContentImportance Importance { get; set; }

    public List<string> AttachmentIds { get; set; } = [];

    public Dictionary<string, JsonNode?> Fields { get; set; } = new(StringComparer.Ordinal);

    public string Serialize() => JsonSerializer.Serialize(this, _json);

    public static ContentVersionData Deserialize(string json)
    {
        var data = JsonSerializer.Deserialize<ContentVersionData>(json, _json) ?? new ContentVersionData();
        data.Fields = new Dictionary<string, JsonNode?>(data.Fields, StringComparer.Ordinal);
        if (data.PinnedUntilUtc is { } until)
        {
            data.PinnedUntilUtc = DateTime.SpecifyKind(until, DateTimeKind.Utc);
        }

        return data;
    }

    /// <summary>A deep copy (restoring an old version must not share nodes with it).</summary>
    public ContentVersionData Clone() => Deserialize(Serialize());
}
