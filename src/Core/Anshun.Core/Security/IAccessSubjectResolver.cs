using System.Security.Claims;

namespace Anshun.Core.Security;

/// <summary>
/// Resolves the caller into an <see cref="AccessSubject"/> (roles from the user's account, units
/// from the org tree, permissions through roles). Implemented by the users module; results are
/// cached per request.
/// </summary>
public interface IAccessSubjectResolver
{
    Task<AccessSubject> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
