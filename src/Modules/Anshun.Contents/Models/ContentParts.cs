namespace Anshun.Contents.Models;

/// <summary>
/// The built-in parts (部件) a content type may combine. Their values live in typed properties of
/// <see cref="ContentInput"/> / <see cref="ContentItemView"/>; custom data goes in fields.
/// </summary>
public static class ContentParts
{
    /// <summary>标题 (always required when present).</summary>
    public const string Title = "Title";

    /// <summary>正文 (HTML, sanitized).</summary>
    public const string Body = "Body";

    /// <summary>摘要.</summary>
    public const string Summary = "Summary";

    /// <summary>附件.</summary>
    public const string Attachments = "Attachments";

    /// <summary>所属栏目 (required when present).</summary>
    public const string Section = "Section";

    /// <summary>来源 and 发布单位.</summary>
    public const string Source = "Source";

    /// <summary>置顶 with an expiry.</summary>
    public const string Pinned = "Pinned";

    /// <summary>重要程度.</summary>
    public const string Importance = "Importance";

    /// <summary>阅读记录: who has read it; unread counts.</summary>
    public const string ReadTracking = "ReadTracking";

    public static IReadOnlyList<string> All { get; } =
        [Title, Body, Summary, Attachments, Section, Source, Pinned, Importance, ReadTracking];

    public static string DisplayName(string part) => part switch
    {
        Title => "标题",
        Body => "正文",
        Summary => "摘要",
        Attachments => "附件",
        Section => "所属栏目",
        Source => "来源与发布单位",
        Pinned => "置顶",
        Importance => "重要程度",
        ReadTracking => "阅读记录",
        _ => part,
    };
}
