namespace Anshun.Contents.Api;

/// <summary>Body of <c>POST /api/content/{id}/schedule</c>: the publish window in UTC; null clears a side.</summary>
public sealed record ScheduleRequest(DateTime? PublishUtc, DateTime? UnpublishUtc);
