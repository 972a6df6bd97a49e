using Anshun.Contents.Models;

namespace Anshun.Contents.ViewModels;

/// <summary>内容列表: the filters, one page of rows, and the names the rows refer to.</summary>
public sealed record AdminContentListViewModel(
    ContentAdminQuery Query,
    ContentPage<ContentAdminRow> Page,
    IReadOnlyList<ContentTypeDefinition> Types,
    IReadOnlyList<ContentTypeDefinition> CreatableTypes,
    IReadOnlyList<AdminOption> Sections,
    IReadOnlyDictionary<string, string> SectionNames,
    IReadOnlyDictionary<string, string> UserNames)
{
    public string TypeName(string type) => Types.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string SectionName(string? sectionId) => sectionId is null ? "" : SectionNames.GetValueOrDefault(sectionId, "");

    public string UserName(string? userId) => userId is null ? "" : UserNames.GetValueOrDefault(userId, "");

    /// <summary>The list's address for another page, keeping the filters.</summary>
    public string PageUrl(int page) =>
        $"/admin/contents?type={Uri.EscapeDataString(Query.ContentType ?? "")}&section={Uri.EscapeDataString(Query.SectionId ?? "")}"
        + $"&status={Query.Status}&q={Uri.EscapeDataString(Query.Text ?? "")}&page={page}";
}
