namespace Anshun.Contents.Models;

/// <summary>A row of the admin list (latest version).</summary>
public sealed record ContentAdminRow(
    string ContentItemId,
    string ContentType,
    string? SectionId,
    string Title,
    int LatestVersion,
    int? PublishedVersion,
    ReviewState ReviewState,
    DateTime ModifiedUtc,
    string? ModifiedBy,
    DateTime? PublishedUtc,
    DateTime? ScheduledPublishUtc,
    DateTime? ScheduledUnpublishUtc,
    bool CanEdit,
    bool CanReview);
