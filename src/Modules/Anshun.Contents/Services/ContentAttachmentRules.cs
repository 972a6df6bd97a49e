using Anshun.Contents.Models;

namespace Anshun.Contents.Services;

/// <summary>
/// An item may use an attachment that exists and is either the caller's own fresh upload or
/// already the item's: nobody can attach someone else's file by guessing its id.
/// </summary>
public sealed class ContentAttachmentRules(IAttachmentStore store)
{
    /// <exception cref="ContentValidationException">On <paramref name="field"/>, naming the file.</exception>
    public async Task<IReadOnlyList<AttachmentInfo>> CheckAsync(
        IReadOnlyList<string> attachmentIds,
        string? contentItemId,
        string? actingUserId,
        string field,
        CancellationToken cancellationToken)
    {
        if (attachmentIds.Count == 0)
        {
            return [];
        }

        var found = await store.GetManyAsync(attachmentIds, cancellationToken);
        var result = new List<AttachmentInfo>();
        foreach (var id in attachmentIds)
        {
            var attachment = found.FirstOrDefault(a => a.Id == id)
                ?? throw new ContentValidationException(field, $"附件“{id}”不存在或已被删除，请重新上传。");
            var ownsItem = contentItemId is not null && attachment.ContentItemId == contentItemId;
            var ownUpload = attachment.ContentItemId is null && actingUserId is not null && attachment.UploadedBy == actingUserId;
            if (!ownsItem && !ownUpload)
            {
                throw new ContentValidationException(field, $"附件“{attachment.FileName}”不是您上传的，也不属于这条内容，不能使用。");
            }

            result.Add(attachment);
        }

        return result;
    }
}
