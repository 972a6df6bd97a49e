namespace Anshun.Contents.Models;

/// <summary>A field of a content type (字段), defined as data.</summary>
/// <param name="Name">Technical name, unique in the type: a letter then letters/digits (<c>DocumentNumber</c>).</param>
/// <param name="DisplayName">Chinese label shown in forms and pages (文号).</param>
public sealed record ContentFieldDefinition(string Name, string DisplayName, ContentFieldType Type)
{
    public bool Required { get; init; }

    /// <summary>Help text under the input.</summary>
    public string? Hint { get; init; }

    /// <summary>Text: maximum characters (default 500).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Number: inclusive bounds.</summary>
    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    /// <summary>Media/User/OrgUnit/ContentPicker: more than one value allowed.</summary>
    public bool Multiple { get; init; }

    /// <summary>Tags: suggested values; ContentPicker: allowed content types (empty = any).</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}
