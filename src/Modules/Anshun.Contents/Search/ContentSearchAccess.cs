using Anshun.Contents.Models;
using Anshun.Core.Search;

namespace Anshun.Contents.Search;

/// <summary>
/// Who may find an item of a section, decided exactly as <see cref="Sections.SectionAccessCalculator"/>
/// decides reading: every section from the root down must be enabled, and each one that names readers is a
/// gate opened by any of its readers, editors or reviewers. Holders of 全部栏目管理 read every enabled section.
/// </summary>
public static class ContentSearchAccess
{
    /// <summary>The most sections a path may have before it is taken as a broken (cyclic) tree.</summary>
    private const int MaxDepth = 64;

    /// <summary>The sections from the root down to <paramref name="sectionId"/>; null when one is missing or disabled.</summary>
    public static IReadOnlyList<SectionInfo>? PathOf(IReadOnlyDictionary<string, SectionInfo> sections, string sectionId)
    {
        var path = new List<SectionInfo>();
        string? id = sectionId;
        while (id is not null)
        {
            if (path.Count >= MaxDepth || !sections.TryGetValue(id, out var section) || !section.IsEnabled)
            {
                return null;
            }

            path.Add(section);
            id = section.ParentId;
        }

        path.Reverse();
        return path;
    }

    /// <summary>The access of an item in <paramref name="sectionId"/>; null when nobody may read it there.</summary>
    public static SearchAccess? For(IReadOnlyDictionary<string, SectionInfo> sections, string sectionId) =>
        PathOf(sections, sectionId) is { } path ? For(path) : null;

    /// <summary>The access of an item at the end of <paramref name="path"/> (root first).</summary>
    public static SearchAccess For(IReadOnlyList<SectionInfo> path)
    {
        var gates = path
            .Where(s => s.Rules.Any(r => r.Role == SectionRole.Reader))
            .Select(s => (IReadOnlyList<SearchPrincipal>)s.Rules.Select(r => SearchPrincipal.From(r.Principal)).Distinct().ToList())
            .ToList();
        return new SearchAccess(gates, [SearchPrincipal.Permission(ContentsPermissions.ManageAll)]);
    }
}
