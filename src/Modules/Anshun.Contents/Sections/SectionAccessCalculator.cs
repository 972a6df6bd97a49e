using System.Security.Cryptography;
using System.Text;
using Anshun.Contents.Models;
using Anshun.Core.Security;

namespace Anshun.Contents.Sections;

/// <summary>
/// The rules of <see cref="Services.ISectionAuthorizer"/> as a pure function of the tree and the caller.
/// Readable: the parent is readable, the section is enabled, and it has no reader rules or a
/// reader/editor/reviewer rule matches (holders of 全部栏目管理 read every enabled section, as they edit
/// them all). Editable and reviewable: a rule of that role on the section itself; rules do not pass to
/// sub-sections, so each department's section names its own editors.
/// </summary>
public static class SectionAccessCalculator
{
    public static SectionAccess Compute(IReadOnlyList<SectionInfo> sections, AccessSubject subject, bool managesAll)
    {
        var readable = new HashSet<string>(StringComparer.Ordinal);
        var editable = new HashSet<string>(StringComparer.Ordinal);
        var reviewable = new HashSet<string>(StringComparer.Ordinal);

        // Parents come before children, so a parent's readability is known when its children are met.
        foreach (var section in sections)
        {
            var matching = section.Rules.Where(r => subject.Matches(r.Principal)).Select(r => r.Role).ToHashSet();
            if (matching.Contains(SectionRole.Editor))
            {
                editable.Add(section.Id);
            }

            if (matching.Contains(SectionRole.Reviewer))
            {
                reviewable.Add(section.Id);
            }

            var parentReadable = section.ParentId is null || readable.Contains(section.ParentId);
            var open = managesAll || matching.Count > 0 || section.Rules.All(r => r.Role != SectionRole.Reader);
            if (section.IsEnabled && parentReadable && open)
            {
                readable.Add(section.Id);
            }
        }

        return new SectionAccess(readable, editable, reviewable, managesAll, Fingerprint(readable));
    }

    /// <summary>A stable hash of the readable set: equal sets give equal keys whoever the caller is.</summary>
    public static string Fingerprint(IEnumerable<string> readableSectionIds)
    {
        var text = string.Join('\n', readableSectionIds.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
