namespace Anshun.Contents.ViewModels;

/// <summary>A section offered in the 栏目 picker.</summary>
/// <param name="Text">The name indented by its depth in the tree.</param>
/// <param name="NeedsSubmit">The caller must 提交审核 here rather than publish (the section requires review and the caller is no reviewer).</param>
public sealed record AdminSectionOption(string Id, string Text, bool NeedsSubmit, string? OwnerUnitId);
