using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>A version drawn the way the portal item page shows it (标题, 来源/发布单位/时间, 正文, 附件).</summary>
public sealed record AdminContentPreviewViewModel(
    ContentItemView Item,
    string TypeName,
    string? SectionName,
    string? IssuingUnitName,
    string? AuthorName,
    IReadOnlyList<AdminFieldDisplay> Fields)
{
    /// <summary>Explains which version this is (预览第 3 版（草稿）).</summary>
    public string Banner { get; init; } = "";

    public string ImportanceName => Item.Importance switch
    {
        ContentImportance.Important => "重要",
        ContentImportance.Urgent => "紧急",
        _ => "",
    };
}
