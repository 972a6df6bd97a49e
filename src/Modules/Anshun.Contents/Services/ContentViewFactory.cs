using Anshun.Contents.Data;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>Builds <see cref="ContentItemView"/>s from stored rows, attachments in the order the editor gave.</summary>
public sealed class ContentViewFactory(IAttachmentStore attachments)
{
    public async Task<ContentItemView> CreateAsync(ContentItemRecord item, ContentVersionRecord version, CancellationToken cancellationToken)
    {
        var data = ContentVersionData.Deserialize(version.Data);
        var files = data.AttachmentIds.Count == 0 ? [] : await attachments.GetManyAsync(data.AttachmentIds, cancellationToken);
        var ordered = data.AttachmentIds.Select(id => files.FirstOrDefault(f => f.Id == id)).OfType<AttachmentInfo>().ToList();
        return new ContentItemView
        {
            ContentItemId = item.Id,
            ContentType = item.ContentType,
            VersionNumber = version.VersionNumber,
            IsPublished = item.IsPublished && item.PublishedVersion == version.VersionNumber,
            IsLatest = item.LatestVersion == version.VersionNumber,
            SectionId = version.SectionId,
            Title = version.Title,
            Summary = data.Summary,
            Body = data.Body,
            Source = data.Source,
            IssuingUnitId = data.IssuingUnitId,
            Pinned = data.Pinned,
            PinnedUntilUtc = data.PinnedUntilUtc,
            Importance = data.Importance,
            Attachments = ordered,
            Fields = data.Fields,
            OwnerUserId = item.OwnerUserId,
            AuthorUserId = version.AuthorUserId,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = version.CreatedUtc,
            PublishedUtc = item.PublishedUtc,
            HasPublished = item.IsPublished,
            ScheduledPublishUtc = item.ScheduledPublishUtc,
            ScheduledUnpublishUtc = item.ScheduledUnpublishUtc,
            ReviewState = (ReviewState)item.ReviewState,
            ReadCount = item.ReadCount,
        };
    }
}
