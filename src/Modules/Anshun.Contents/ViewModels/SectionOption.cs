namespace Anshun.Contents.ViewModels;

/// <summary>One choice in a select list of the section admin pages (value and Chinese text).</summary>
public sealed record SectionOption(string Value, string Text);
