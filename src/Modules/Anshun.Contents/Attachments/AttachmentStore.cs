using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshun.Contents.Attachments;

/// <summary>
/// Attachments (附件) on disk under <c>App_Data/attachments</c>, named by SHA-256, with a metadata row each.
/// An upload is first spooled to a temporary file (hashing and counting as it goes, stopping at the size
/// limit), then checked by content, and only then stored: a refused file leaves nothing behind.
/// </summary>
public sealed class AttachmentStore(
    AttachmentsDbContext db,
    IDataSession session,
    IAuditLog audit,
    AppDataFolder appData,
    IOptions<AttachmentOptions> options,
    TimeProvider time) : IAttachmentStore
{
    public const string Field = "attachments";

    private ContentAddressedStore Blobs => new(appData.GetFolder("attachments"));

    public async Task<AttachmentInfo> SaveAsync(Stream content, string fileName, string? userId, CancellationToken cancellationToken = default)
    {
        await using var prepared = await PrepareAsync(content, fileName, userId, cancellationToken);
        return (await StoreAsync([prepared], cancellationToken))[0];
    }

    /// <summary>
    /// Spools and checks one upload without storing it, so a request with several files can refuse them all
    /// when one is bad. A refused program or disguised file is audited here.
    /// </summary>
    public async Task<PreparedAttachment> PrepareAsync(Stream content, string fileName, string? userId, CancellationToken cancellationToken = default)
    {
        var name = SafeFileName.Clean(fileName);
        if (name.Length == 0)
        {
            throw new ContentValidationException(Field, "附件缺少文件名，请重新选择文件。");
        }

        var limit = options.Value.MaxAttachmentBytes;
        var upload = await SpooledUpload.CreateAsync(content, appData.GetFolder("temp"), limit, cancellationToken);
        try
        {
            if (upload.IsTooLarge)
            {
                throw new ContentValidationException(Field, $"附件“{name}”超过 {FileSizeText.Format(limit)} 的上限。");
            }

            FileInspection inspection;
            await using (var stream = upload.OpenRead())
            {
                inspection = await UploadFileInspector.InspectAsync(stream, name, cancellationToken);
            }

            if (!inspection.IsAccepted)
            {
                if (inspection.IsSecurityRelevant)
                {
                    await audit.WriteAsync(new AuditEntry(AttachmentAuditEvents.Refused, name, inspection.Refusal, Succeeded: false), cancellationToken);
                }

                throw new ContentValidationException(Field, inspection.Refusal!);
            }

            return new PreparedAttachment(upload, name, inspection.MediaType, userId);
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stores checked uploads in one transaction.</summary>
    public async Task<IReadOnlyList<AttachmentInfo>> StoreAsync(IReadOnlyList<PreparedAttachment> prepared, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var records = prepared.Select(p => new AttachmentRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            FileName = p.FileName,
            MediaType = p.MediaType,
            Size = p.Upload.Size,
            Sha256 = p.Upload.Sha256,
            UploadedUtc = now,
            UploadedBy = p.UserId,
        }).ToList();

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var upload in prepared)
        {
            Blobs.Add(upload.Upload);
        }

        db.Attachments.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return records.Select(ToInfo).ToList();
    }

    public async Task<AttachmentInfo?> GetAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        var record = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        return record is null ? null : ToInfo(record);
    }

    public async Task<IReadOnlyList<AttachmentInfo>> GetManyAsync(IEnumerable<string> attachmentIds, CancellationToken cancellationToken = default)
    {
        var ids = attachmentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var records = await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var byId = records.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id => ToInfo(byId[id])).ToList();
    }

    /// <summary>Claims only attachments no item uses yet; one already used by another item stays with it.</summary>
    public async Task ClaimAsync(IEnumerable<string> attachmentIds, string contentItemId, CancellationToken cancellationToken = default)
    {
        var ids = attachmentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await db.Attachments
            .Where(a => ids.Contains(a.Id) && a.ContentItemId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ContentItemId, contentItemId), cancellationToken);
    }

    public async Task<Stream> OpenReadAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        var sha256 = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId).Select(a => a.Sha256).FirstOrDefaultAsync(cancellationToken);
        if (sha256 is null || !Blobs.Contains(sha256))
        {
            throw new ContentNotFoundException("附件不存在或已被删除。");
        }

        return Blobs.OpenRead(sha256);
    }

    private static AttachmentInfo ToInfo(AttachmentRecord record) => new(
        record.Id, record.FileName, record.MediaType, record.Size, record.Sha256, record.UploadedUtc, record.UploadedBy, record.ContentItemId);
}
