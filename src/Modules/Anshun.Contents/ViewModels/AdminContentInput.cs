using Anshun.Contents.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Anshun.Contents.ViewModels;

/// <summary>
/// The posted content form. Input names follow the service's field names (<c>title</c>, <c>sectionId</c>,
/// <c>pinnedUntilUtc</c>, <c>attachments</c>, <c>fields.DocumentNumber</c>) so its errors land under the right input.
/// </summary>
public sealed class AdminContentInput
{
    public string? Title { get; set; }

    public string? SectionId { get; set; }

    public string? Source { get; set; }

    public string? IssuingUnitId { get; set; }

    public ContentImportance Importance { get; set; }

    public bool Pinned { get; set; }

    /// <summary>置顶截止 as typed in a datetime-local input: Beijing time, converted to UTC on save.</summary>
    public string? PinnedUntilUtc { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    /// <summary>Attachment ids in display order.</summary>
    public List<string> Attachments { get; set; } = [];

    /// <summary>Which button was pressed: <c>draft</c>, <c>publish</c> (or 提交审核) or <c>preview</c>.</summary>
    public string? Command { get; set; }

    /// <summary>Field inputs as posted (<c>fields.Name</c>; links also <c>fields.Name.text</c>), read by the binder, kept to show the form again.</summary>
    [BindNever]
    public Dictionary<string, IReadOnlyList<string>> FieldValues { get; set; } = new(StringComparer.Ordinal);
}
