namespace Anshun.Bench;

/// <summary>One generated item, by section and unit code so it can go to a recipe or straight to the content manager.</summary>
public sealed record DemoItem(
    string ContentType,
    string SectionCode,
    string Title,
    string Summary,
    string Body,
    string Source,
    string UnitCode,
    bool Important,
    IReadOnlyDictionary<string, string> Fields);
