using System.Security.Claims;
using Anshun.AdminTheme.Services;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Core.Users;
using Anshun.PortalTheme.ViewModels;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.PortalTheme.Services;

/// <summary>
/// Gathers the signed-in user's profile from the modules that own it (organization, users), once
/// per request and, where a memory cache is registered, for <see cref="Lifetime"/> per user: the
/// home page asks on every visit, and four queries for a greeting are not worth repeating. A change
/// of units or roles shows within that lifetime. Each source is optional: a site without the
/// organization module shows no units.
/// </summary>
public sealed class StaffProfileReader(IServiceProvider services)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private StaffProfile? _profile;

    public async Task<StaffProfile> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_profile is not null)
        {
            return _profile;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var cache = userId.Length == 0 ? null : services.GetService<IMemoryCache>();
        var key = "portal|profile|" + userId;
        if (cache is not null && cache.TryGetValue(key, out StaffProfile? cached) && cached is not null)
        {
            _profile = cached;
            return cached;
        }

        var userName = user.Identity?.Name ?? "";
        var info = userId.Length == 0 ? null
            : await (services.GetService<IUserDirectory>()?.FindByIdAsync(userId, cancellationToken) ?? Task.FromResult<UserInfo?>(null));
        var summary = userId.Length == 0 ? null
            : await (services.GetService<IUserAccountSummaryReader>()?.GetSummaryAsync(userId, cancellationToken) ?? Task.FromResult<UserAccountSummary?>(null));

        _profile = new StaffProfile(
            userId,
            info?.UserName ?? userName,
            info?.DisplayName is { Length: > 0 } name ? name : user.DisplayName(),
            await ReadUnitsAsync(userId, cancellationToken),
            summary?.RoleDisplayNames ?? [],
            info?.Email,
            info?.OfficePhone,
            info is null ? null : SecretLevelNames.DisplayName(info.SecretLevel),
            summary?.LastLoginUtc);
        cache?.Set(key, _profile, Lifetime);
        return _profile;
    }

    private async Task<IReadOnlyList<UnitPosition>> ReadUnitsAsync(string userId, CancellationToken cancellationToken)
    {
        var organization = services.GetService<IOrganizationService>();
        if (organization is null || userId.Length == 0)
        {
            return [];
        }

        var memberships = await organization.GetMembershipsAsync(userId, cancellationToken);
        if (memberships.Count == 0)
        {
            return [];
        }

        var units = (await organization.GetUnitsAsync(cancellationToken)).ToDictionary(u => u.Id);
        return memberships
            .Where(m => units.ContainsKey(m.UnitId))
            .OrderByDescending(m => m.IsPrimary)
            .ThenBy(m => units[m.UnitId].SortOrder)
            .Select(m => new UnitPosition(units[m.UnitId].Name, ParentNameOf(units[m.UnitId], units), m.Position, m.IsPrimary))
            .ToList();
    }

    private static string? ParentNameOf(OrgUnitInfo unit, IReadOnlyDictionary<string, OrgUnitInfo> units) =>
        unit.Kind is OrgUnitKind.Division or OrgUnitKind.Township && unit.ParentId is { } parentId
            ? units.GetValueOrDefault(parentId)?.Name
            : null;
}
