namespace Anshun.Contents.Models;

/// <summary>
/// The kind of a field (字段类型). Stored values (JSON): Text/Html/Date("yyyy-MM-dd") → string,
/// Number → number, Boolean → bool, Link → {"url","text"}, Media → [attachment ids],
/// User → [user ids], OrgUnit → [unit ids], ContentPicker → [content item ids], Tags → [strings].
/// </summary>
public enum ContentFieldType
{
    /// <summary>单行文本.</summary>
    Text = 0,

    /// <summary>富文本 (sanitized on every save).</summary>
    Html = 1,

    /// <summary>日期.</summary>
    Date = 2,

    /// <summary>数字.</summary>
    Number = 3,

    /// <summary>是/否.</summary>
    Boolean = 4,

    /// <summary>链接 (http, https or a site-relative path only).</summary>
    Link = 5,

    /// <summary>附件/图片.</summary>
    Media = 6,

    /// <summary>人员.</summary>
    User = 7,

    /// <summary>单位.</summary>
    OrgUnit = 8,

    /// <summary>关联内容.</summary>
    ContentPicker = 9,

    /// <summary>标签.</summary>
    Tags = 10,
}
