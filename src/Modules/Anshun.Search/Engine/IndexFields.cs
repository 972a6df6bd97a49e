using Lucene.Net.Index;

namespace Anshun.Search.Engine;

/// <summary>Field names of the Lucene index (ADR 0010 "Fields and analyzers"); one place so writer and searcher agree.</summary>
internal static class IndexFields
{
    /// <summary>Source and key joined: the term an upsert replaces and a delete removes.</summary>
    public const string Id = "id";

    public const string Source = "source";
    public const string Key = "key";
    public const string Type = "type";
    public const string Url = "url";
    public const string Title = "title";
    public const string Summary = "summary";

    /// <summary>Stored start of summary + body + attachment text, for snippets.</summary>
    public const string Text = "text";

    public const string TitleWords = "title_w";
    public const string TitleBigrams = "title_b";
    public const string TextWords = "text_w";
    public const string TextBigrams = "text_b";
    /// <summary>Meta values in an <see cref="IndexLayout.Separate"/> index; folded into the text fields since.</summary>
    public const string MetaWords = "meta_w";

    public const string MetaBigrams = "meta_b";

    /// <summary>Document numbers (文号) with brackets unified, one keyword term each.</summary>
    public const string DocumentNumber = "docno";

    /// <summary>UTC ticks as numeric DocValues, for sorting by date.</summary>
    public const string Published = "published";

    /// <summary>UTC ticks as an indexed number, for the date range filter.</summary>
    public const string PublishedRange = "published_r";

    /// <summary>UTC ticks, stored for the hit.</summary>
    public const string PublishedStored = "published_s";

    /// <summary>Stored facets as name, value and label separated by <see cref="Separator"/>.</summary>
    public const string Facet = "facet";

    /// <summary>Bypass principals (any one reads regardless of gates).</summary>
    public const string AccessBypass = "aclx";

    /// <summary>Secret level 0–3 (密级).</summary>
    public const string SecretLevel = "sl";

    /// <summary>Joins parts of a compound value; a control character never typed into a title or label.</summary>
    public const char Separator = '\u001f';

    public static readonly string[] FacetNames = ["type", "section", "unit"];

    /// <summary>Gate <paramref name="index"/> (1-based) of the document's read rules.</summary>
    public static string AccessGate(int index) => "acl" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keyword field a facet is filtered by.</summary>
    public static string FacetFilter(string facetName) => "f_" + facetName;

    /// <summary>DocValues field a facet is counted from (value and label joined).</summary>
    public static string FacetValues(string facetName) => "dv_" + facetName;

    public static string IdValue(string source, string key) => source + Separator + key;

    public static Term IdTerm(string source, string key) => new(Id, IdValue(source, key));
}
