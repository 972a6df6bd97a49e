namespace Anshun.Contents.Models;

/// <summary>One recorded review step: who, when, what, and the opinion (审核意见).</summary>
public sealed record ReviewEntry(int VersionNumber, ReviewAction Action, string? UserId, DateTime Utc, string? Opinion);
