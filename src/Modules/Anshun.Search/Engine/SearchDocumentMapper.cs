using System.Text;
using Anshun.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Anshun.Search.Engine;

/// <summary>
/// Turns a <see cref="SearchDocument"/> into the Lucene document of ADR 0010 (<see cref="IndexLayout.Folded"/>):
/// <c>text</c> holds the title, the summary, body and attachment text, and the meta values (field values, section
/// and unit names, file names, document numbers), each value apart; <c>title</c> holds the title again for its
/// boost; both as SmartCn words and as bigrams; keyword 文号; facets as DocValues; read rules; stored values for hits.
/// </summary>
internal static class SearchDocumentMapper
{
    /// <summary>How much text is kept for snippets; matches further down still count, they are just not quoted.</summary>
    public const int StoredTextLength = 20_000;

    private static readonly string[] _metaFacets = ["section", "unit"];

    /// <param name="accessWithinLimit">False when the document had too many gates and only its bypass may read it.</param>
    public static Document Map(SearchDocument source, string? attachmentText, out bool accessWithinLimit)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, IndexFields.IdValue(source.Source, source.Key), Field.Store.NO),
            new StringField(IndexFields.Source, source.Source, Field.Store.YES),
            new StringField(IndexFields.Key, source.Key, Field.Store.YES),
            new StringField(IndexFields.Type, source.Type, Field.Store.YES),
            new StoredField(IndexFields.Url, source.Url),
            new StoredField(IndexFields.Title, source.Title),
            new TextField(IndexFields.TitleWords, source.Title, Field.Store.NO),
            new TextField(IndexFields.TitleBigrams, source.Title, Field.Store.NO),
        };

        if (!string.IsNullOrEmpty(source.Summary))
        {
            document.Add(new StoredField(IndexFields.Summary, source.Summary));
        }

        var texts = new[] { source.Summary, source.Body, attachmentText }.Where(t => !string.IsNullOrWhiteSpace(t)).Cast<string>().ToList();
        AddAnalysed(document, IndexFields.TextWords, IndexFields.TextBigrams, texts.Prepend(source.Title).Concat(MetaValues(source)));
        var stored = string.Join('\n', texts);
        document.Add(new StoredField(IndexFields.Text, stored.Length > StoredTextLength ? stored[..StoredTextLength] : stored));

        AddDocumentNumbers(document, source, texts);
        AddFacets(document, source);

        if (source.PublishedUtc is { } published)
        {
            var ticks = DateTime.SpecifyKind(published, DateTimeKind.Utc).Ticks;
            document.Add(new NumericDocValuesField(IndexFields.Published, ticks));
            document.Add(new Int64Field(IndexFields.PublishedRange, ticks, Field.Store.NO));
            document.Add(new StoredField(IndexFields.PublishedStored, ticks));
        }

        accessWithinLimit = AccessFields.Add(document, source.Access, source.SecretLevel);
        return document;
    }

    private static IEnumerable<string> MetaValues(SearchDocument source)
    {
        foreach (var field in source.Fields)
        {
            yield return field.Text;
        }

        foreach (var facet in source.Facets.Where(f => _metaFacets.Contains(f.Name)))
        {
            yield return facet.Label;
        }

        foreach (var attachment in source.Attachments)
        {
            yield return attachment.FileName;
        }

        foreach (var number in source.DocumentNumbers)
        {
            yield return number;
        }
    }

    private static void AddAnalysed(Document document, string wordField, string bigramField, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            document.Add(new TextField(wordField, value, Field.Store.NO));
            document.Add(new TextField(bigramField, value, Field.Store.NO));
        }
    }

    private static void AddDocumentNumbers(Document document, SearchDocument source, IEnumerable<string> texts)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        numbers.UnionWith(source.DocumentNumbers.Select(DocumentNumbers.Normalize).Where(n => n.Length > 0));
        foreach (var text in texts.Append(source.Title).Concat(source.Fields.Select(f => f.Text)))
        {
            numbers.UnionWith(DocumentNumbers.FindInText(text));
        }

        foreach (var number in numbers)
        {
            document.Add(new StringField(IndexFields.DocumentNumber, number, Field.Store.NO));
        }
    }

    private static void AddFacets(Document document, SearchDocument source)
    {
        var facets = source.Facets.ToList();
        if (!facets.Any(f => f.Name == "type"))
        {
            // Every document has a type; a source that did not name it as a facet still gets the filter.
            facets.Add(new SearchFacet("type", source.Type, source.Type));
        }

        var seen = new HashSet<(string, string)>();
        foreach (var facet in facets.Where(f => IndexFields.FacetNames.Contains(f.Name) && f.Value.Length > 0))
        {
            if (!seen.Add((facet.Name, facet.Value)))
            {
                continue;
            }

            var label = Clean(facet.Label);
            var value = Clean(facet.Value);
            document.Add(new StringField(IndexFields.FacetFilter(facet.Name), facet.Value, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(IndexFields.FacetValues(facet.Name), new BytesRef(value + IndexFields.Separator + label)));
            document.Add(new StoredField(IndexFields.Facet, facet.Name + IndexFields.Separator + value + IndexFields.Separator + label));
        }
    }

    private static string Clean(string text)
    {
        if (!text.Contains(IndexFields.Separator))
        {
            return text;
        }

        return new StringBuilder(text).Replace(IndexFields.Separator, ' ').ToString();
    }
}
