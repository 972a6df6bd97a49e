using Anshun.Core.Data;
using Anshun.Core.Organization;
using Anshun.Core.Search;

namespace Anshun.StaffDirectory.Search;

/// <summary>
/// Tells the search index to look again at directory entries when the org tree changes: a unit edited, moved,
/// activated or deactivated (its entries and those below it), or a person's posts replaced (the entries of the
/// units left, which must disappear, and of the units held now). Written inside the change's transaction; the
/// queue is taken only when needed, since the organization service is built on many requests.
/// </summary>
public sealed class DirectoryOrganizationSearchEvents(Deferred<ISearchIndexQueue> queue) : IOrganizationEventHandler
{
    public Task UnitChangedAsync(OrgUnitEventContext context, CancellationToken cancellationToken) =>
        queue.Value.EnqueueScopeAsync(DirectorySearchSource.SourceName, DirectorySearchSource.UnitScope(context.UnitId), cancellationToken);

    public async Task MembershipsChangedAsync(MembershipsEventContext context, CancellationToken cancellationToken)
    {
        // Keys of units left cannot be found later from the memberships, so they are named one by one now.
        foreach (var unitId in context.PreviousUnitIds.Union(context.CurrentUnitIds, StringComparer.Ordinal))
        {
            await queue.Value.EnqueueAsync(DirectorySearchSource.SourceName, DirectoryEntryKey.Format(context.UserId, unitId), cancellationToken);
        }
    }
}
