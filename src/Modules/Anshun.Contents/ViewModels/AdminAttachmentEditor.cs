using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>An upload list (附件 part or a media field): files uploaded one by one, carried as hidden ids.</summary>
public sealed record AdminAttachmentEditor(
    string InputName,
    string InputId,
    string Label,
    bool Multiple,
    bool Required,
    IReadOnlyList<AttachmentInfo> Files,
    string? Error,
    string? Hint)
{
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
