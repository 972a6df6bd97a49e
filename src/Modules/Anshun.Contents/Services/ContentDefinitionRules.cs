using System.Text.RegularExpressions;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>What makes a content type definition valid; each failure names the input it concerns.</summary>
public static partial class ContentDefinitionRules
{
    public const int DisplayNameMaxLength = 50;
    public const int DefaultTextMaxLength = 500;
    public const int TextMaxLengthLimit = 4000;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    public static partial Regex NamePattern();

    /// <exception cref="ContentValidationException">The first problem found.</exception>
    public static ContentTypeDefinition Validate(ContentTypeDefinition definition)
    {
        var name = definition.Name?.Trim() ?? "";
        if (!NamePattern().IsMatch(name))
        {
            throw new ContentValidationException("name", "类型名称只能由英文字母和数字组成，须以字母开头，最多 64 个字符。");
        }

        var displayName = definition.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0 || displayName.Length > DisplayNameMaxLength)
        {
            throw new ContentValidationException("displayName", $"请填写显示名称，最多 {DisplayNameMaxLength} 个字符。");
        }

        var parts = new List<string>();
        foreach (var part in definition.Parts ?? [])
        {
            var known = ContentParts.All.FirstOrDefault(p => string.Equals(p, part?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentValidationException("parts", $"部件“{part}”不存在，可用的部件有：{string.Join("、", ContentParts.All)}。");
            if (parts.Contains(known))
            {
                throw new ContentValidationException("parts", $"部件“{ContentParts.DisplayName(known)}”重复。");
            }

            parts.Add(known);
        }

        var fields = new List<ContentFieldDefinition>();
        var fieldList = definition.Fields ?? [];
        for (var i = 0; i < fieldList.Count; i++)
        {
            fields.Add(ValidateField(fieldList[i], i, fields));
        }

        return definition with { Name = name, DisplayName = displayName, Description = Clean(definition.Description), Parts = parts, Fields = fields };
    }

    private static ContentFieldDefinition ValidateField(ContentFieldDefinition field, int index, List<ContentFieldDefinition> earlier)
    {
        var prefix = $"fields[{index}]";
        var name = field.Name?.Trim() ?? "";
        if (!NamePattern().IsMatch(name))
        {
            throw new ContentValidationException(prefix + ".name", $"第 {index + 1} 个字段的名称只能由英文字母和数字组成，须以字母开头，最多 64 个字符。");
        }

        if (earlier.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ContentValidationException(prefix + ".name", $"字段名称“{name}”重复，同一类型中的字段名称不能相同。");
        }

        var displayName = field.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0 || displayName.Length > DisplayNameMaxLength)
        {
            throw new ContentValidationException(prefix + ".displayName", $"请填写字段“{name}”的显示名称，最多 {DisplayNameMaxLength} 个字符。");
        }

        if (!Enum.IsDefined(field.Type))
        {
            throw new ContentValidationException(prefix + ".type", $"字段“{displayName}”的类型无效。");
        }

        if (field.MaxLength is { } max && (max < 1 || max > TextMaxLengthLimit))
        {
            throw new ContentValidationException(prefix + ".maxLength", $"字段“{displayName}”的最大长度应在 1 到 {TextMaxLengthLimit} 之间。");
        }

        if (field.Minimum is { } low && field.Maximum is { } high && low > high)
        {
            throw new ContentValidationException(prefix + ".maximum", $"字段“{displayName}”的最大值不能小于最小值。");
        }

        var options = (field.Options ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return field with { Name = name, DisplayName = displayName, Hint = Clean(field.Hint), Options = options };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
