using System.Text.RegularExpressions;

namespace Anshun.Contents.Sections;

/// <summary>Limits and formats of section fields shared by the store, the API and the admin form.</summary>
public static partial class SectionRules
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;

    /// <summary>Lowercase letters, digits and hyphens, starting with a letter or digit: it appears in URLs (/sections/dept-jyj).</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    public static partial Regex CodePattern();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
