using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;

namespace Anshun.Contents.Attachments;

/// <summary>
/// Who may download an attachment: whoever may read the published item that lists it, or edit/review its
/// latest version; while no item uses it yet, only the person who uploaded it.
/// </summary>
public sealed class AttachmentDownloadAuthorizer(IContentManager contents)
{
    public async Task<bool> CanDownloadAsync(ClaimsPrincipal user, AttachmentInfo attachment, CancellationToken cancellationToken = default)
    {
        if (attachment.ContentItemId is not { } itemId)
        {
            var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            return userId is not null && string.Equals(userId, attachment.UploadedBy, StringComparison.Ordinal);
        }

        foreach (var option in new[] { ContentVersionOption.Published, ContentVersionOption.Latest })
        {
            var item = await contents.GetAsync(user, itemId, option, cancellationToken);
            if (item?.Attachments.Any(a => a.Id == attachment.Id) == true)
            {
                return true;
            }
        }

        return false;
    }
}
