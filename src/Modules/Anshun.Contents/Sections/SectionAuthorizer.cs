using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Security;

namespace Anshun.Contents.Sections;

/// <inheritdoc cref="ISectionAuthorizer" />
/// <remarks>Scoped: computed once per caller and request (see <see cref="SectionAccessCalculator"/> for the rules).</remarks>
public sealed class SectionAuthorizer(IAccessSubjectResolver subjects, ISectionStore store) : ISectionAuthorizer
{
    private readonly Dictionary<AccessSubject, SectionAccess> _cache = new(ReferenceEqualityComparer.Instance);

    public async Task<SectionAccess> GetAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var subject = await subjects.ResolveAsync(user, cancellationToken);
        if (_cache.TryGetValue(subject, out var cached))
        {
            return cached;
        }

        var sections = await store.GetAllAsync(cancellationToken);
        var access = SectionAccessCalculator.Compute(sections, subject, subject.HasPermission(ContentsPermissions.ManageAll));
        _cache[subject] = access;
        return access;
    }
}
