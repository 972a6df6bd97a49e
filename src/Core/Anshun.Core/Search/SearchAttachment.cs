namespace Anshun.Core.Search;

/// <summary>A file of a searchable document; its text is read by the search module when it indexes.</summary>
/// <param name="MediaType">The type detected from the file's bytes when it was uploaded.</param>
public sealed record SearchAttachment(string FileName, string MediaType, Func<CancellationToken, Task<Stream>> OpenAsync);
