using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.ViewModels;

namespace Anshun.Contents.Portal;

/// <summary>Turns shared list data into the reader's lines: unit names and this reader's unread marks.</summary>
public sealed class PortalListItemBuilder(PortalReadMarks marks, UnitNameLookup units)
{
    public async Task<IReadOnlyList<PortalListItem>> BuildAsync(
        ClaimsPrincipal user,
        IReadOnlyList<ContentSummary> items,
        IReadOnlyDictionary<string, string>? versions = null,
        CancellationToken cancellationToken = default)
    {
        var unread = await marks.GetUnreadAsync(user.FindFirstValue(ClaimTypes.NameIdentifier), items, cancellationToken);
        var names = await units.GetUnitsAsync(cancellationToken);
        return items
            .Select(i => new PortalListItem(
                i,
                i.IssuingUnitId is { } unitId && names.TryGetValue(unitId, out var unit) ? unit.Name : null,
                unread.Contains(i.ContentItemId),
                versions?.GetValueOrDefault(i.ContentItemId)))
            .ToList();
    }
}
