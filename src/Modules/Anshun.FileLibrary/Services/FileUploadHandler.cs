using System.Security.Claims;
using Anshun.Core.Files;
using Anshun.FileLibrary.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Anshun.FileLibrary.Services;

/// <summary>
/// Reads a multipart upload straight from the request: rights are checked before any byte is read, every
/// file is spooled and checked, and only when all pass are they stored (one bad file stores none).
/// </summary>
public sealed class FileUploadHandler(FileLibraryAccess access, SharedFileStore store, IOptions<FileLibraryOptions> options)
{
    public async Task<IReadOnlyList<SharedFileInfo>> UploadFilesAsync(HttpContext context, string folderId, CancellationToken cancellationToken)
    {
        await access.GetManagedAsync(context.User, folderId, cancellationToken);
        var (uploads, _) = await ReadAsync(context, options.Value.MaxFilesPerUpload, cancellationToken);
        try
        {
            return await store.AddFilesAsync(context.User, folderId, uploads, cancellationToken);
        }
        finally
        {
            await DisposeAllAsync(uploads);
        }
    }

    public async Task<SharedFileInfo> UploadVersionAsync(HttpContext context, string fileId, CancellationToken cancellationToken)
    {
        var folderId = (await store.FolderOfAsync(fileId, cancellationToken)) ?? throw FileLibraryException.NotFound("文件不存在或已被删除。");
        await access.GetManagedAsync(context.User, folderId, cancellationToken);
        var (uploads, note) = await ReadAsync(context, 1, cancellationToken);
        try
        {
            return await store.AddVersionAsync(context.User, fileId, uploads[0], note, cancellationToken);
        }
        finally
        {
            await DisposeAllAsync(uploads);
        }
    }

    private async Task<(List<PreparedUpload> Uploads, string? Note)> ReadAsync(HttpContext context, int maxFiles, CancellationToken cancellationToken)
    {
        if (!MultipartUploadReader.IsMultipart(context.Request))
        {
            throw FileLibraryException.Invalid(SharedFileStore.Field, "请以 multipart/form-data 方式上传文件。");
        }

        MultipartUploadReader.AllowBodySize(context, options.Value.MaxFileBytes, maxFiles);
        var uploads = new List<PreparedUpload>();
        string? note = null;
        try
        {
            await foreach (var part in MultipartUploadReader.ReadAsync(context.Request, cancellationToken))
            {
                if (!part.IsFile)
                {
                    if (part.Name == "note")
                    {
                        note = await part.ReadValueAsync(cancellationToken);
                    }

                    continue;
                }

                if (uploads.Count == maxFiles)
                {
                    throw FileLibraryException.Invalid(SharedFileStore.Field, maxFiles == 1 ? "新版本只能上传一个文件。" : $"一次最多上传 {maxFiles} 个文件。");
                }

                uploads.Add(await store.PrepareAsync(part.Body, part.FileName!, cancellationToken));
            }
        }
        catch
        {
            await DisposeAllAsync(uploads);
            throw;
        }

        if (uploads.Count == 0)
        {
            throw FileLibraryException.Invalid(SharedFileStore.Field, "请选择要上传的文件。");
        }

        return (uploads, note);
    }

    private static async Task DisposeAllAsync(IEnumerable<PreparedUpload> uploads)
    {
        foreach (var upload in uploads)
        {
            await upload.DisposeAsync();
        }
    }
}
