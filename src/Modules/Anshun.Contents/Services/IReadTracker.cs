using System.Security.Claims;
using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>阅读记录: who has opened which item, and what a user has not read yet.</summary>
public interface IReadTracker
{
    /// <summary>Records the first read (later ones change nothing) and raises the item's read count.</summary>
    Task MarkReadAsync(string userId, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Which of these items the user has read.</summary>
    Task<IReadOnlySet<string>> GetReadAsync(string userId, IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Published items of a type with read tracking (e.g. <c>Notice</c>) the user may read but has not;
    /// only those in <paramref name="section"/> (id or code, with its sub-sections) when one is given.
    /// </summary>
    Task<int> CountUnreadAsync(ClaimsPrincipal user, string contentType, string? section = null, CancellationToken cancellationToken = default);

    /// <summary>Readers of an item, first read first (editors and reviewers of its section only).</summary>
    Task<IReadOnlyList<ContentReader>> GetReadersAsync(ClaimsPrincipal user, string contentItemId, CancellationToken cancellationToken = default);
}
