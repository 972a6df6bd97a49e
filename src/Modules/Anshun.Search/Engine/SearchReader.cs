using Anshun.Core.Search;
using Anshun.Core.Security;

namespace Anshun.Search.Engine;

/// <summary>
/// Who searches (检索人): the principal terms from <see cref="SearchPrincipal.Of"/> and the person's 密级.
/// The index filters by them inside the query, so nothing the reader may not read is ever counted.
/// </summary>
public sealed record SearchReader(IReadOnlySet<string> PrincipalTerms, SecretLevel SecretLevel)
{
    /// <summary>The reader for an access subject resolved for the current request.</summary>
    public static SearchReader Of(AccessSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new SearchReader(SearchPrincipal.Of(subject), subject.SecretLevel);
    }
}
