using Anshun.Core.Search;

namespace Anshun.Bench;

/// <summary>
/// The three texts of a search document as the engine weighs them (title; summary, body and attachment text;
/// field values, section and unit names, file names, document numbers), for the FTS5 comparison table.
/// </summary>
public sealed record SearchDocumentText(string Title, string Body, string Meta)
{
    public static SearchDocumentText Of(SearchDocument document, string? attachmentText)
    {
        var body = string.Join('\n', new[] { document.Summary, document.Body, attachmentText }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var meta = document.Fields.Select(f => f.Text)
            .Concat(document.Facets.Where(f => f.Name is "section" or "unit").Select(f => f.Label))
            .Concat(document.Attachments.Select(a => a.FileName))
            .Concat(document.DocumentNumbers);
        return new SearchDocumentText(document.Title, body, string.Join('\n', meta));
    }
}
