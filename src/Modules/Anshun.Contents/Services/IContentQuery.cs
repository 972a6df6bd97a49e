using System.Security.Claims;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>Reads for the portal, the API and the admin list; read permissions are applied inside the query.</summary>
public interface IContentQuery
{
    Task<ContentPage<ContentSummary>> ListPublishedAsync(ClaimsPrincipal user, ContentListQuery query, CancellationToken cancellationToken = default);

    /// <summary>The same list for an already computed access (shared caches key on its fingerprint).</summary>
    Task<ContentPage<ContentSummary>> ListPublishedAsync(SectionAccess access, ContentListQuery query, CancellationToken cancellationToken = default);

    Task<ContentPage<ContentAdminRow>> ListForAdminAsync(ClaimsPrincipal user, ContentAdminQuery query, CancellationToken cancellationToken = default);
}
