namespace Anshun.Contents.Models;

/// <summary>A content type (内容类型) defined as data: which parts it has and which fields.</summary>
/// <param name="Name">Technical name, a letter then letters/digits (<c>Notice</c>); never changes.</param>
/// <param name="DisplayName">Chinese name (电子公告).</param>
public sealed record ContentTypeDefinition(string Name, string DisplayName)
{
    public string? Description { get; init; }

    /// <summary>Names from <see cref="ContentParts"/>, in form order.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];

    /// <summary>Offered under 新建 in the admin (false for types only created by code or recipes).</summary>
    public bool Creatable { get; init; } = true;

    public bool Has(string part) => Parts.Contains(part, StringComparer.Ordinal);
}
