using System.Security.Claims;
using Anshun.Core;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Anshun.Core.Files;
using Anshun.Core.Search;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anshun.FileLibrary.Services;

/// <summary>
/// Files of the library: checked uploads, versions, downloads (counted) and soft deletes (audited), each
/// checked against the caller's rights on the folder. Contents live under <c>App_Data/filelibrary</c> by SHA-256.
/// </summary>
public sealed class SharedFileStore(
    FileLibraryDbContext db,
    IDataSession session,
    FileLibraryAccess access,
    SharedFileReader reader,
    IAuditLog audit,
    AppDataFolder appData,
    IOptions<FileLibraryOptions> options,
    TimeProvider time,
    ISearchIndexQueue searchQueue)
{
    public const string Field = "files";

    private ContentAddressedStore Blobs => new(appData.GetFolder("filelibrary"));

    /// <summary>Spools and checks one upload; a refused program or disguised file is audited.</summary>
    public async Task<PreparedUpload> PrepareAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = SafeFileName.Clean(fileName);
        if (name.Length == 0)
        {
            throw FileLibraryException.Invalid(Field, "上传的文件缺少文件名，请重新选择文件。");
        }

        var limit = options.Value.MaxFileBytes;
        var upload = await SpooledUpload.CreateAsync(content, appData.GetFolder("temp"), limit, cancellationToken);
        try
        {
            if (upload.IsTooLarge)
            {
                throw FileLibraryException.Invalid(Field, $"文件“{name}”超过 {FileSizeText.Format(limit)} 的上限。");
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
                    await audit.WriteAsync(new AuditEntry(FileLibraryAuditEvents.UploadRefused, name, inspection.Refusal, Succeeded: false), cancellationToken);
                }

                throw FileLibraryException.Invalid(Field, inspection.Refusal!);
            }

            return new PreparedUpload(upload, name, inspection.MediaType);
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds each upload as a new file (version 1) of the folder, in one transaction.</summary>
    public async Task<IReadOnlyList<SharedFileInfo>> AddFilesAsync(ClaimsPrincipal user, string folderId, IReadOnlyList<PreparedUpload> uploads, CancellationToken cancellationToken = default)
    {
        await access.GetManagedAsync(user, folderId, cancellationToken);
        var userId = UserId(user);
        var now = time.GetUtcNow().UtcDateTime;
        var files = new List<SharedFile>();
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var upload in uploads)
        {
            Blobs.Add(upload.Upload);
            var file = new SharedFile
            {
                Id = Guid.CreateVersion7().ToString("N"),
                FolderId = folderId,
                CreatedUtc = now,
                CreatedBy = userId,
            };
            Apply(file, upload, 1, now, userId);
            files.Add(file);
            db.Files.Add(file);
            db.Versions.Add(NewVersion(file.Id, 1, upload, null, now, userId));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in files)
        {
            await searchQueue.EnqueueAsync(FileSearchSource.SourceName, file.Id, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await reader.ToInfosAsync(files, cancellationToken);
    }

    /// <summary>Uploads a new version; the earlier ones stay downloadable.</summary>
    public async Task<SharedFileInfo> AddVersionAsync(ClaimsPrincipal user, string fileId, PreparedUpload upload, string? note, CancellationToken cancellationToken = default)
    {
        var file = await FindFileAsync(fileId, cancellationToken);
        await access.GetManagedAsync(user, file.FolderId, cancellationToken);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > 500)
        {
            throw FileLibraryException.Invalid("note", "修改说明不能超过 500 个字。");
        }

        var userId = UserId(user);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        var number = await db.Versions.Where(v => v.FileId == fileId).MaxAsync(v => (int?)v.VersionNumber, cancellationToken) ?? 0;
        Blobs.Add(upload.Upload);
        Apply(file, upload, number + 1, now, userId);
        db.Versions.Add(NewVersion(fileId, number + 1, upload, note, now, userId));
        await db.SaveChangesAsync(cancellationToken);
        await searchQueue.EnqueueAsync(FileSearchSource.SourceName, fileId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await reader.ToInfosAsync([file], cancellationToken))[0];
    }

    /// <summary>Opens a version (the current one when null) for download and counts the download.</summary>
    public async Task<FileDownload> OpenAsync(ClaimsPrincipal user, string fileId, int? version, CancellationToken cancellationToken = default)
    {
        var file = await FindFileAsync(fileId, cancellationToken);
        await access.GetReadableAsync(user, file.FolderId, cancellationToken);
        var number = version ?? file.CurrentVersion;
        var row = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.FileId == fileId && v.VersionNumber == number, cancellationToken)
            ?? throw FileLibraryException.NotFound($"文件“{file.Name}”没有第 {number} 版。");
        if (!Blobs.Contains(row.Sha256))
        {
            throw FileLibraryException.NotFound($"文件“{row.FileName}”的内容已丢失，请联系管理员。");
        }

        await db.Files.Where(f => f.Id == fileId).ExecuteUpdateAsync(s => s.SetProperty(f => f.DownloadCount, f => f.DownloadCount + 1), cancellationToken);
        await db.Versions.Where(v => v.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.DownloadCount, v => v.DownloadCount + 1), cancellationToken);
        var info = (await reader.ToVersionInfosAsync([row], cancellationToken))[0];
        return new FileDownload(info, Blobs.OpenRead(row.Sha256), FileTypesPreview.CanPreview(row.MediaType));
    }

    /// <summary>移入回收站: the file disappears from lists and downloads; the rows and contents stay, audited.</summary>
    public async Task DeleteAsync(ClaimsPrincipal user, string fileId, CancellationToken cancellationToken = default)
    {
        var file = await FindFileAsync(fileId, cancellationToken);
        var folder = await access.GetManagedAsync(user, file.FolderId, cancellationToken);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        file.IsDeleted = true;
        file.DeletedUtc = time.GetUtcNow().UtcDateTime;
        file.DeletedBy = UserId(user);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(FileLibraryAuditEvents.FileDeleted, file.Id,
            $"删除文件夹“{folder.PathText}”中的文件“{file.Name}”（共 {file.CurrentVersion} 个版本，已下载 {file.DownloadCount} 次）。"), cancellationToken);
        await searchQueue.EnqueueAsync(FileSearchSource.SourceName, file.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The folder of a file that is not deleted.</summary>
    public Task<string?> FolderOfAsync(string fileId, CancellationToken cancellationToken = default) =>
        db.Files.AsNoTracking().Where(f => f.Id == fileId && !f.IsDeleted).Select(f => f.FolderId).FirstOrDefaultAsync(cancellationToken);

    private async Task<SharedFile> FindFileAsync(string fileId, CancellationToken cancellationToken) =>
        await db.Files.FirstOrDefaultAsync(f => f.Id == fileId && !f.IsDeleted, cancellationToken)
        ?? throw FileLibraryException.NotFound("文件不存在或已被删除。");

    private static void Apply(SharedFile file, PreparedUpload upload, int version, DateTime now, string? userId)
    {
        file.Name = upload.FileName;
        file.CurrentVersion = version;
        file.MediaType = upload.MediaType;
        file.Size = upload.Upload.Size;
        file.Sha256 = upload.Upload.Sha256;
        file.ModifiedUtc = now;
        file.ModifiedBy = userId;
    }

    private static SharedFileVersion NewVersion(string fileId, int number, PreparedUpload upload, string? note, DateTime now, string? userId) => new()
    {
        FileId = fileId,
        VersionNumber = number,
        FileName = upload.FileName,
        MediaType = upload.MediaType,
        Size = upload.Upload.Size,
        Sha256 = upload.Upload.Sha256,
        Note = note,
        UploadedUtc = now,
        UploadedBy = userId,
    };

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
