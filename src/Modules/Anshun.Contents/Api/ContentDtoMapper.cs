using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;

namespace Anshun.Contents.Api;

/// <summary>Turns items into API shapes, naming their section and issuing unit.</summary>
public sealed class ContentDtoMapper(ISectionStore sections, UnitNameLookup units)
{
    public async Task<ContentListDto> ToListAsync(ContentPage<ContentSummary> page, CancellationToken cancellationToken)
    {
        var sectionsById = await SectionsAsync(cancellationToken);
        var unitsById = await units.GetUnitsAsync(cancellationToken);
        var items = page.Items.Select(item => new ContentSummaryDto(
            item.ContentItemId,
            item.ContentType,
            SectionRef(sectionsById, item.SectionId),
            item.Title,
            item.Summary,
            UnitRef(unitsById, item.IssuingUnitId),
            item.PublishedUtc,
            item.IsPinned,
            item.Importance.ToString(),
            item.ReadCount,
            item.AttachmentCount,
            $"/content/{item.ContentItemId}")).ToList();
        return new ContentListDto(items, page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }

    public async Task<ContentItemDto> ToItemAsync(ContentItemView item, CancellationToken cancellationToken)
    {
        var sectionsById = await SectionsAsync(cancellationToken);
        var unitsById = await units.GetUnitsAsync(cancellationToken);
        return new ContentItemDto(
            item.ContentItemId,
            item.ContentType,
            item.VersionNumber,
            item.IsPublished,
            item.IsLatest,
            SectionRef(sectionsById, item.SectionId),
            item.Title,
            item.Summary,
            item.Body,
            item.Source,
            UnitRef(unitsById, item.IssuingUnitId),
            item.Pinned,
            item.PinnedUntilUtc,
            item.Importance.ToString(),
            item.Attachments.Select(AttachmentDto.From).ToList(),
            item.Fields,
            item.CreatedUtc,
            item.ModifiedUtc,
            item.PublishedUtc,
            item.ScheduledPublishUtc,
            item.ScheduledUnpublishUtc,
            item.ReviewState.ToString(),
            item.ReadCount);
    }

    private async Task<Dictionary<string, SectionInfo>> SectionsAsync(CancellationToken cancellationToken) =>
        (await sections.GetAllAsync(cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);

    private static NamedRef? SectionRef(Dictionary<string, SectionInfo> sections, string? id) =>
        id is not null && sections.TryGetValue(id, out var section) ? new NamedRef(section.Id, section.Code, section.Name) : null;

    private static NamedRef? UnitRef(IReadOnlyDictionary<string, Core.Organization.OrgUnitInfo> units, string? id) =>
        id is not null && units.TryGetValue(id, out var unit) ? new NamedRef(unit.Id, unit.Code, unit.Name) : null;
}
