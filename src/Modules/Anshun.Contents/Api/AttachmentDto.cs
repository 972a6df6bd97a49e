using Anshun.Contents.Models;

namespace Anshun.Contents.Api;

/// <summary>An attachment in API responses, with the URL that downloads it (read rules apply there too).</summary>
public sealed record AttachmentDto(string Id, string FileName, string MediaType, long Size, string Sha256, string Url)
{
    public static AttachmentDto From(AttachmentInfo attachment) => new(
        attachment.Id, attachment.FileName, attachment.MediaType, attachment.Size, attachment.Sha256,
        $"/content/attachments/{attachment.Id}");
}
