using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>One row of the fields table of the content type form. Numbers stay text so bad input gets a Chinese message.</summary>
public sealed class AdminFieldRow
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public ContentFieldType Type { get; set; }

    public bool Required { get; set; }

    public string? Hint { get; set; }

    public string? MaxLength { get; set; }

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public bool Multiple { get; set; }

    /// <summary>Tag suggestions or allowed content types, separated by commas.</summary>
    public string? Options { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(DisplayName);

    public static IReadOnlyList<(ContentFieldType Type, string Name)> TypeNames { get; } =
    [
        (ContentFieldType.Text, "单行文本"),
        (ContentFieldType.Html, "富文本"),
        (ContentFieldType.Date, "日期"),
        (ContentFieldType.Number, "数字"),
        (ContentFieldType.Boolean, "是/否"),
        (ContentFieldType.Link, "链接"),
        (ContentFieldType.Media, "附件/图片"),
        (ContentFieldType.User, "人员"),
        (ContentFieldType.OrgUnit, "单位"),
        (ContentFieldType.ContentPicker, "关联内容"),
        (ContentFieldType.Tags, "标签"),
    ];

    public static string TypeName(ContentFieldType type) => TypeNames.FirstOrDefault(t => t.Type == type).Name ?? type.ToString();
}
