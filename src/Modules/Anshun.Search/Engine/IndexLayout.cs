namespace Anshun.Search.Engine;

/// <summary>
/// How an index spreads a document's text over its fields (ADR 0010), kept in every commit's user data under
/// <see cref="SearchIndex.LayoutKey"/> so queries fit the index they run on and an old index is rebuilt.
/// </summary>
public enum IndexLayout
{
    /// <summary>Before 2026-11: title, text and meta (field values, unit and section names, file names) in fields of their own.</summary>
    Separate = 1,

    /// <summary>
    /// Title, text and meta all in the <c>text_*</c> fields (title and values apart by a position gap), the title
    /// also on its own for its boost: every part is found through two fields instead of six.
    /// </summary>
    Folded = 2,
}
