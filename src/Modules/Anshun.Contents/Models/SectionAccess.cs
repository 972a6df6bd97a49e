namespace Anshun.Contents.Models;

/// <summary>
/// What one caller may do in which sections, computed once per request from the section tree
/// and the caller's <c>AccessSubject</c>. Lists filter with <see cref="ReadableSectionIds"/>
/// inside the query, so a restricted item never shows up as a title, a count or a download.
/// </summary>
/// <param name="Fingerprint">Equal for callers with the same readable set: a safe key for shared caches.</param>
public sealed record SectionAccess(
    IReadOnlySet<string> ReadableSectionIds,
    IReadOnlySet<string> EditableSectionIds,
    IReadOnlySet<string> ReviewableSectionIds,
    bool ManagesAll,
    string Fingerprint)
{
    public bool CanRead(string? sectionId) => sectionId is null || ReadableSectionIds.Contains(sectionId);

    public bool CanEdit(string? sectionId) => ManagesAll || (sectionId is not null && EditableSectionIds.Contains(sectionId));

    public bool CanReview(string? sectionId) => ManagesAll || (sectionId is not null && ReviewableSectionIds.Contains(sectionId));

    public bool CanEditAny => ManagesAll || EditableSectionIds.Count > 0 || ReviewableSectionIds.Count > 0;
}
