using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>A custom field's value as the preview shows it.</summary>
/// <param name="Html">Sanitized HTML (rich text fields only).</param>
/// <param name="Url">A link field's address.</param>
public sealed record AdminFieldDisplay(string Label, string Text, string? Html = null, string? Url = null)
{
    public IReadOnlyList<AttachmentInfo> Files { get; init; } = [];
}
