using System.Runtime.CompilerServices;
using Anshun.Core.Organization;
using Anshun.Core.Search;
using Anshun.StaffDirectory.Services;

namespace Anshun.StaffDirectory.Search;

/// <summary>
/// Directory entries for the search index (全文检索: 公共通讯录): one document per post of an enabled user in an
/// active unit — exactly the entries the directory page lists — read fresh (never from the page's cache).
/// Keys are <see cref="DirectoryEntryKey"/>s; scopes are a person (<c>user:&lt;id&gt;</c>) and a unit with
/// its subtree (<c>unit:&lt;id&gt;</c>).
/// </summary>
public sealed class DirectorySearchSource(
    DirectoryReader reader,
    DirectoryPreferenceStore preferences,
    IOrganizationService organization) : ISearchIndexSource
{
    public const string SourceName = "directory";

    private const string UserScopePrefix = "user:";
    private const string UnitScopePrefix = "unit:";

    public string Name => SourceName;

    /// <summary>Every entry of a person: their name, contacts, account state or privacy choice changed.</summary>
    public static string UserScope(string userId) => UserScopePrefix + userId;

    /// <summary>Every entry in a unit and the units below it: its name, code or place in the tree changed.</summary>
    public static string UnitScope(string unitId) => UnitScopePrefix + unitId;

    public async Task<SearchDocument?> LoadAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!DirectoryEntryKey.TryParse(key, out var userId, out var unitId))
        {
            return null;
        }

        var units = await organization.GetUnitsAsync(cancellationToken);
        var entry = (await reader.ReadPersonAsync(userId, units, cancellationToken)).FirstOrDefault(e => e.UnitId == unitId);
        if (entry is null)
        {
            return null;
        }

        var visibility = await preferences.GetAsync(userId, cancellationToken);
        return DirectorySearchDocumentBuilder.Build(entry, visibility, units.ToDictionary(u => u.Id, StringComparer.Ordinal));
    }

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync(string? afterKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var unitsById = (await organization.GetUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, StringComparer.Ordinal);
        var snapshot = await reader.ReadAsync(cancellationToken);
        var choices = await preferences.GetAllAsync(cancellationToken);

        // The whole directory is a few thousand small entries: read at once, ordered here.
        var entries = snapshot.Entries
            .Select(e => (Key: DirectoryEntryKey.Format(e.UserId, e.UnitId), Entry: e))
            .Where(e => afterKey is null || string.CompareOrdinal(e.Key, afterKey) > 0)
            .OrderBy(e => e.Key, StringComparer.Ordinal);
        foreach (var (_, entry) in entries)
        {
            var visibility = choices.TryGetValue(entry.UserId, out var choice) ? choice : DirectoryPreferenceStore.DefaultVisibility;
            yield return DirectorySearchDocumentBuilder.Build(entry, visibility, unitsById);
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        (await reader.ReadAsync(cancellationToken)).Entries.Count;

    public async Task<IReadOnlyList<string>> KeysInScopeAsync(string scope, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<MembershipInfo> memberships;
        if (scope.StartsWith(UserScopePrefix, StringComparison.Ordinal))
        {
            memberships = await organization.GetMembershipsAsync(scope[UserScopePrefix.Length..], cancellationToken);
        }
        else if (scope.StartsWith(UnitScopePrefix, StringComparison.Ordinal))
        {
            memberships = await organization.GetMembersAsync(scope[UnitScopePrefix.Length..], includeDescendants: true, cancellationToken);
        }
        else
        {
            return [];
        }

        return memberships.Select(m => DirectoryEntryKey.Format(m.UserId, m.UnitId)).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
