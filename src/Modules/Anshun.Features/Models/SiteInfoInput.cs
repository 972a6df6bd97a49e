namespace Anshun.Features.Models;

/// <summary>The body of <c>PUT /api/settings/site</c>; a missing name is an error, not the default.</summary>
public sealed record SiteInfoInput(string? SiteName, string? ShortName, string? Copyright);
