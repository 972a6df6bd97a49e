using Anshun.Core.Data;
using Anshun.Core.Organization;
using Microsoft.Extensions.Caching.Memory;

namespace Anshun.Contents.Naming;

/// <summary>
/// Org unit names for lists (发布单位). Units are renamed rarely and a stale name is harmless for a
/// minute, so the whole table is cached briefly instead of joined into every list query.
/// </summary>
public sealed class UnitNameLookup(Deferred<IOrganizationService> organization, IMemoryCache cache)
{
    private static readonly object _cacheKey = new();

    public async Task<IReadOnlyDictionary<string, OrgUnitInfo>> GetUnitsAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(_cacheKey, out IReadOnlyDictionary<string, OrgUnitInfo>? units) && units is not null)
        {
            return units;
        }

        var all = await organization.Value.GetUnitsAsync(cancellationToken);
        units = all.ToDictionary(u => u.Id, StringComparer.Ordinal);
        cache.Set(_cacheKey, units, TimeSpan.FromMinutes(1));
        return units;
    }
}
