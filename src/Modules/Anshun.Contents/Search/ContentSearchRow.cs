using Anshun.Contents.Data;

namespace Anshun.Contents.Search;

/// <summary>An item with its published version, as the search source reads them.</summary>
public sealed record ContentSearchRow(ContentItemRecord Item, ContentVersionRecord Version);
