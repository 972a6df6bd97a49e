using Anshun.Contents.Models;

namespace Anshun.Contents.Sections;

/// <summary>Builds API answers from sections: nested trees, with rules for those who manage sections.</summary>
public sealed class SectionDtoMapper(SectionPrincipals principals)
{
    /// <summary>The given sections as a forest (a section whose parent is not among them becomes a root).</summary>
    public async Task<IReadOnlyList<SectionDto>> TreeAsync(
        IReadOnlyList<SectionInfo> sections, SectionAccess access, bool withRules, CancellationToken cancellationToken)
    {
        var ids = sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var children = sections.ToLookup(s => s.ParentId is not null && ids.Contains(s.ParentId) ? s.ParentId : "");

        async Task<IReadOnlyList<SectionDto>> BuildAsync(string key)
        {
            var list = new List<SectionDto>();
            foreach (var section in children[key])
            {
                var dto = await ToDtoAsync(section, access, withRules, cancellationToken);
                list.Add(dto with { Children = await BuildAsync(section.Id) });
            }

            return list;
        }

        return await BuildAsync("");
    }

    public async Task<SectionDto> ToDtoAsync(SectionInfo section, SectionAccess access, bool withRules, CancellationToken cancellationToken)
    {
        var dto = new SectionDto(
            section.Id, section.ParentId, section.Code, section.Name, section.Description, section.SortOrder,
            section.OwnerUnitId, section.RequiresReview, section.IsEnabled, section.ContentTypes,
            access.CanEdit(section.Id), access.CanReview(section.Id));
        if (!withRules)
        {
            return dto;
        }

        return dto with
        {
            Editors = await RulesAsync(section, SectionRole.Editor, cancellationToken),
            Reviewers = await RulesAsync(section, SectionRole.Reviewer, cancellationToken),
            Readers = await RulesAsync(section, SectionRole.Reader, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<SectionPrincipalDto>> RulesAsync(SectionInfo section, SectionRole role, CancellationToken cancellationToken)
    {
        var list = new List<SectionPrincipalDto>();
        foreach (var rule in section.Rules.Where(r => r.Role == role))
        {
            var principal = rule.Principal;
            list.Add(new SectionPrincipalDto(
                principal.Kind.ToString(), principal.Value, principal.Role, await principals.DescribeAsync(principal, cancellationToken)));
        }

        return list;
    }
}
