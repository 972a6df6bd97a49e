using Anshun.Contents.Models;

namespace Anshun.Contents.Api;

/// <summary>A content type in <c>GET /api/content-types</c>, with part and field names spelled out.</summary>
public sealed record ContentTypeDto(
    string Name,
    string DisplayName,
    string? Description,
    bool Creatable,
    IReadOnlyList<ContentTypePartDto> Parts,
    IReadOnlyList<ContentTypeFieldDto> Fields)
{
    public static ContentTypeDto From(ContentTypeDefinition type) => new(
        type.Name,
        type.DisplayName,
        type.Description,
        type.Creatable,
        type.Parts.Select(p => new ContentTypePartDto(p, ContentParts.DisplayName(p))).ToList(),
        type.Fields.Select(f => new ContentTypeFieldDto(
            f.Name, f.DisplayName, f.Type.ToString(), f.Required, f.Hint, f.MaxLength, f.Minimum, f.Maximum, f.Multiple, f.Options)).ToList());
}
