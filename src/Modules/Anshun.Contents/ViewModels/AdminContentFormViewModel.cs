using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>The create/edit form generated from a content type.</summary>
public sealed record AdminContentFormViewModel(
    ContentTypeDefinition Type,
    AdminContentInput Input,
    IReadOnlyList<AdminSectionOption> Sections,
    IReadOnlyList<AdminOption> Units,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<AdminFieldEditor> Fields)
{
    /// <summary>Null while creating.</summary>
    public string? ContentItemId { get; init; }

    public int? VersionNumber { get; init; }

    public bool IsNew => ContentItemId is null;

    public string Action => IsNew ? $"/admin/contents/create/{Type.Name}" : $"/admin/contents/{ContentItemId}/edit";

    /// <summary>The second button reads 提交审核 when the chosen section needs review from someone else.</summary>
    public bool NeedsSubmit =>
        Type.Has(ContentParts.Section)
            ? Sections.FirstOrDefault(s => s.Id == Input.SectionId)?.NeedsSubmit ?? Sections.FirstOrDefault()?.NeedsSubmit ?? false
            : false;

    /// <summary>Parts drawn in the main column, in the type's order.</summary>
    public IEnumerable<string> MainParts => Type.Parts.Where(p => p is ContentParts.Title or ContentParts.Summary or ContentParts.Body);

    /// <summary>Parts drawn in the side column (发布设置), in the type's order.</summary>
    public IEnumerable<string> SideParts => Type.Parts.Where(p => p is ContentParts.Section or ContentParts.Source or ContentParts.Importance or ContentParts.Pinned);
}
