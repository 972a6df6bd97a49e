using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Search.Engine;
using Anshun.Search.Indexing;

namespace Anshun.Search.Services;

/// <summary>
/// Searches this node's index as the signed-in caller (全文检索): the caller's principal terms and 密级 go into
/// the query, so hits, counts, facets and snippets only ever cover what the caller may read.
/// </summary>
public sealed class SearchService(SearchNodeIndex index, IAccessSubjectResolver subjects)
{
    /// <exception cref="UnauthorizedAccessException">The caller is not signed in (the API answers 401).</exception>
    /// <exception cref="SearchValidationException">The query cannot be run as asked (the API answers 400 naming the field).</exception>
    public async Task<SearchResults> SearchAsync(ClaimsPrincipal user, SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new UnauthorizedAccessException("请先登录后再检索。");
        }

        var subject = await subjects.ResolveAsync(user, cancellationToken);
        return index.Search(request, SearchReader.Of(subject));
    }
}
