namespace Anshun.Core.Files;

/// <summary>
/// The verdict on one uploaded file: accepted with its real type, or refused with a whole Chinese
/// sentence naming the file.
/// </summary>
/// <param name="Type">The detected type; null when the content was not recognised.</param>
/// <param name="Refusal">Why the file is refused; null when accepted.</param>
/// <param name="IsSecurityRelevant">A program, script or active content, or a name that hides the real type:
/// worth an audit record (伪装上传).</param>
public sealed record FileInspection(string FileName, FileType? Type, string? Refusal, bool IsSecurityRelevant)
{
    public bool IsAccepted => Refusal is null && Type is not null;

    /// <summary>The media type to serve an accepted file with.</summary>
    public string MediaType => Type?.MediaTypeFor(Path.GetExtension(FileName).ToLowerInvariant()) ?? "application/octet-stream";
}
