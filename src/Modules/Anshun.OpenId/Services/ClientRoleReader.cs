using System.Text.Json;
using Anshun.Users.Models;
using Anshun.Users.Services;
using OpenIddict.Abstractions;

namespace Anshun.OpenId.Services;

/// <summary>Reads a client application's roles (kept in its properties) and what they grant.</summary>
public sealed class ClientRoleReader(IOpenIddictApplicationManager applications, RoleCatalog roles)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> GetRoleNamesAsync(object application, CancellationToken cancellationToken)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(OpenIdConstants.RolesProperty, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(v => v.GetString()).OfType<string>()]
            : [];
    }

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(string clientId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(clientId, out var cached))
        {
            return cached;
        }

        var granted = new HashSet<string>(StringComparer.Ordinal);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is not null)
        {
            foreach (var name in await GetRoleNamesAsync(application, cancellationToken))
            {
                if (await roles.FindByNameAsync(name, cancellationToken) is AnshunRole role)
                {
                    granted.UnionWith(await roles.GetPermissionsAsync(role.Id, cancellationToken));
                }
            }
        }

        _cache[clientId] = granted;
        return granted;
    }
}
