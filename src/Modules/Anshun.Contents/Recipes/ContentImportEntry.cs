using Anshun.Contents.Models;

namespace Anshun.Contents.Recipes;

/// <summary>One item of a <c>content</c> recipe step, parsed.</summary>
/// <param name="Label">How error messages name it (第 3 条内容“…”).</param>
/// <param name="AuthorUserName">The user it is imported as; null for none.</param>
/// <param name="PublishedUtc">Publish as of this time; null leaves a draft.</param>
public sealed record ContentImportEntry(string Label, ContentInput Input, string? AuthorUserName, DateTime? PublishedUtc);
