using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;

namespace Anshun.Contents.Portal;

/// <summary>
/// Builds an item page from the published version. Null when the item is missing, unpublished,
/// in a disabled section or in one the caller may not read (all answered 404 alike).
/// </summary>
public sealed class PortalItemPageBuilder(
    IContentManager contents,
    IContentDefinitionStore definitions,
    ISectionStore sections,
    PortalFieldRenderer fields,
    PortalReadMarks marks,
    UnitNameLookup units)
{
    /// <param name="markRead">Record the read (the page itself; the print view does not count again).</param>
    public async Task<PortalItemViewModel?> BuildAsync(ClaimsPrincipal user, string contentItemId, bool markRead, CancellationToken cancellationToken = default)
    {
        var item = await contents.GetAsync(user, contentItemId, ContentVersionOption.Published, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var trail = new List<PortalSectionLink>();
        if (item.SectionId is not null)
        {
            var all = await sections.GetAllAsync(cancellationToken);
            var byId = all.ToDictionary(s => s.Id, StringComparer.Ordinal);
            if (!byId.TryGetValue(item.SectionId, out var section) || !section.IsEnabled)
            {
                return null;
            }

            for (SectionInfo? s = section; s is not null; s = s.ParentId is null ? null : byId.GetValueOrDefault(s.ParentId))
            {
                trail.Insert(0, new PortalSectionLink(s.Name, s.Code, false));
            }
        }

        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        int? readCount = null;
        if (type?.Has(ContentParts.ReadTracking) == true)
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            var firstRead = markRead && userId is not null && await marks.MarkReadAsync(userId, item.ContentItemId, cancellationToken);
            readCount = item.ReadCount + (firstRead ? 1 : 0);
        }

        var unitNames = await units.GetUnitsAsync(cancellationToken);
        return new PortalItemViewModel(
            item,
            type?.DisplayName ?? item.ContentType,
            trail,
            item.IssuingUnitId is { } unitId ? unitNames.GetValueOrDefault(unitId)?.Name : null,
            readCount,
            await fields.RenderAsync(user, type, item, cancellationToken),
            item.Attachments.Select(a => new PortalAttachmentView(a)).ToList());
    }
}
