using System.Security.Claims;

namespace Anshun.Core.Security;

/// <summary>Answers which permissions a signed-in user holds (through roles). Implemented by the users module.</summary>
public interface IPermissionGrantStore
{
    Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
