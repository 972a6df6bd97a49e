namespace Anshun.Contents.Sections;

/// <summary>A rule's principal in API answers: ids as stored, and a Chinese label.</summary>
public sealed record SectionPrincipalDto(string Kind, string Value, string? Role, string Label);
