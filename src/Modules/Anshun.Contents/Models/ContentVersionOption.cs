namespace Anshun.Contents.Models;

/// <summary>Which version of an item to load.</summary>
public enum ContentVersionOption
{
    /// <summary>The published version (readers).</summary>
    Published = 0,

    /// <summary>The newest version, draft or published (editors, preview).</summary>
    Latest = 1,
}
