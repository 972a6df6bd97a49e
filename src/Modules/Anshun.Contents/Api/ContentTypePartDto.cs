namespace Anshun.Contents.Api;

/// <summary>A part of a content type: its name and Chinese label.</summary>
public sealed record ContentTypePartDto(string Name, string DisplayName);
