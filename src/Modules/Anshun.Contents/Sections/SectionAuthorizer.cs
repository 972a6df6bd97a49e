using System.Globalization;
using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Core.Security;

namespace Anshun.Contents.Sections;

/// <inheritdoc cref="ISectionAuthorizer" />
/// <remarks>
/// Scoped: computed once per caller and request (see <see cref="SectionAccessCalculator"/> for the rules),
/// and for signed-in people kept across requests in <see cref="SectionAccessCache"/> until the sections or
/// the people's security data change.
/// </remarks>
public sealed class SectionAuthorizer(
    IAccessSubjectResolver subjects,
    ISectionStore store,
    IChangeSignals signals,
    IDataSession session,
    SectionAccessCache shared) : ISectionAuthorizer
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
        SectionAccess Compute() => SectionAccessCalculator.Compute(sections, subject, subject.HasPermission(ContentsPermissions.ManageAll));
        SectionAccess access;
        if (subject.UserId is { } userId && !session.InTransaction)
        {
            // A person's subject is fixed by their id until the security topic's generation moves
            // (inside a transaction it may rest on rows that still roll back, so it is not shared).
            var generation = await signals.GetGenerationAsync(ChangeTopics.Security, cancellationToken);
            access = shared.GetOrAdd(sections, string.Create(CultureInfo.InvariantCulture, $"{generation}|{userId}"), Compute);
        }
        else
        {
            access = Compute();
        }

        _cache[subject] = access;
        return access;
    }
}
