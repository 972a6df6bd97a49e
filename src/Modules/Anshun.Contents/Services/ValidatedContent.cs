namespace Anshun.Contents.Services;

/// <summary>An input that passed validation and sanitization, ready to be stored as a version.</summary>
/// <param name="ClaimedAttachmentIds">Every attachment the version uses (attachments part and media fields).</param>
public sealed record ValidatedContent(string Title, string? SectionId, ContentVersionData Data, IReadOnlyList<string> ClaimedAttachmentIds);
