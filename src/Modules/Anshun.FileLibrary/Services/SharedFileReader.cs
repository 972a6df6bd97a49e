using System.Security.Claims;
using Anshun.Core.Users;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.FileLibrary.Services;

/// <summary>Reads files for pages, the API and the home widget, only from folders the caller may read.</summary>
public sealed class SharedFileReader(FileLibraryDbContext db, FileLibraryAccess access, IUserDirectory users)
{
    public async Task<IReadOnlyList<SharedFileInfo>> ListAsync(ClaimsPrincipal user, string folderId, CancellationToken cancellationToken = default)
    {
        await access.GetReadableAsync(user, folderId, cancellationToken);
        var files = await db.Files.AsNoTracking()
            .Where(f => f.FolderId == folderId && !f.IsDeleted)
            .OrderByDescending(f => f.ModifiedUtc)
            .ToListAsync(cancellationToken);
        return await ToInfosAsync(files, cancellationToken);
    }

    public async Task<SharedFileDetail> GetAsync(ClaimsPrincipal user, string fileId, CancellationToken cancellationToken = default)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && !f.IsDeleted, cancellationToken)
            ?? throw FileLibraryException.NotFound("文件不存在或已被删除。");
        var folder = await access.GetReadableAsync(user, file.FolderId, cancellationToken);
        var versions = await db.Versions.AsNoTracking().Where(v => v.FileId == fileId)
            .OrderByDescending(v => v.VersionNumber).ToListAsync(cancellationToken);
        return new SharedFileDetail((await ToInfosAsync([file], cancellationToken))[0], folder, await ToVersionInfosAsync(versions, cancellationToken));
    }

    /// <summary>最新共享文件: newest files of every folder the caller may read.</summary>
    public async Task<IReadOnlyList<SharedFileInfo>> LatestAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken = default)
    {
        var readable = (await access.GetTreeAsync(user, cancellationToken)).Readable.Select(n => n.Id).ToList();
        if (readable.Count == 0)
        {
            return [];
        }

        var files = await db.Files.AsNoTracking()
            .Where(f => readable.Contains(f.FolderId) && !f.IsDeleted)
            .OrderByDescending(f => f.ModifiedUtc)
            .Take(take)
            .ToListAsync(cancellationToken);
        return await ToInfosAsync(files, cancellationToken);
    }

    public async Task<IReadOnlyList<SharedFileInfo>> ToInfosAsync(IReadOnlyList<SharedFile> files, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(files.Select(f => f.ModifiedBy), cancellationToken);
        return files.Select(f => new SharedFileInfo(
            f.Id, f.FolderId, f.Name, f.CurrentVersion, f.MediaType, f.Size, f.Sha256, f.DownloadCount, f.CreatedUtc, f.ModifiedUtc,
            f.ModifiedBy, f.ModifiedBy is null ? null : names.GetValueOrDefault(f.ModifiedBy), FileTypesPreview.CanPreview(f.MediaType))).ToList();
    }

    public async Task<IReadOnlyList<SharedFileVersionInfo>> ToVersionInfosAsync(IReadOnlyList<SharedFileVersion> versions, CancellationToken cancellationToken = default)
    {
        var names = await NamesAsync(versions.Select(v => v.UploadedBy), cancellationToken);
        return versions.Select(v => new SharedFileVersionInfo(
            v.VersionNumber, v.FileName, v.MediaType, v.Size, v.Sha256, v.Note, v.UploadedUtc,
            v.UploadedBy, v.UploadedBy is null ? null : names.GetValueOrDefault(v.UploadedBy), v.DownloadCount)).ToList();
    }

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        return ids.Count == 0 ? [] : (await users.GetByIdsAsync(ids, cancellationToken)).ToDictionary(u => u.Id, u => u.DisplayName);
    }
}
