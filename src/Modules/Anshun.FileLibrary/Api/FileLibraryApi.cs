using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Anshun.FileLibrary.Api;

/// <summary>
/// <c>/api/files</c>: folders, files, uploads, versions, downloads and deletes. Signed-in users only; what
/// each may do follows the folder's readers and managers. A folder or file the caller may not read answers 404.
/// </summary>
public static class FileLibraryApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/files").RequireAuthorization().WithTags("文件资料共享");
        group.MapGet("/folders", ListFoldersAsync).WithSummary("可查看的文件夹（树形顺序）及本人在其中的权限");
        group.MapPost("/folders", CreateFolderAsync).RequireAuthorization(Permission.PolicyPrefix + FileLibraryPermissions.Manage)
            .WithSummary("新建文件夹：name、parentId、readers、managers（principal：kind=User|Role|Unit|UnitRole，value=用户名/角色/单位代码）");
        group.MapGet("/folders/{folderId}/files", ListFilesAsync).WithSummary("文件夹中的文件，最近更新的在前");
        group.MapPost("/folders/{folderId}/files", UploadAsync).DisableAntiforgery()
            .WithSummary("上传文件（multipart/form-data，可多个）：仅文件夹管理人员；按内容识别类型，超过大小上限或类型不符则全部不保存");
        group.MapGet("/{fileId}", GetFileAsync).WithSummary("文件及其全部版本");
        group.MapPost("/{fileId}/versions", UploadVersionAsync).DisableAntiforgery()
            .WithSummary("上传新版本（multipart/form-data：file，可选 note 修改说明）");
        group.MapGet("/{fileId}/download", DownloadAsync).WithSummary("下载（version 指定版本，缺省为当前版本；inline=1 在浏览器中预览 PDF 与图片），计入下载次数");
        group.MapDelete("/{fileId}", DeleteAsync).WithSummary("删除文件（移入回收站，记入审计）");
    }

    private static Task<IResult> ListFoldersAsync(ClaimsPrincipal user, [FromServices] FileLibraryAccess access, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var tree = await access.GetTreeAsync(user, ct);
            return Results.Ok(new { canManageAll = tree.CanManageAll, folders = tree.Readable.Select(FolderJson).ToList() });
        });

    private static Task<IResult> CreateFolderAsync(FolderInput input, ClaimsPrincipal user, [FromServices] FolderStore folders,
        [FromServices] FileLibraryAccess access, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var folder = await folders.SaveAsync(input, user.FindFirstValue(ClaimTypes.NameIdentifier), updateExisting: false, ct);
            var node = (await access.GetTreeAsync(user, ct)).Find(folder.Id)!;
            return Results.Created($"/api/files/folders/{folder.Id}/files", FolderJson(node));
        });

    private static Task<IResult> ListFilesAsync(string folderId, ClaimsPrincipal user, [FromServices] FileLibraryAccess access,
        [FromServices] SharedFileReader reader, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var folder = await access.GetReadableAsync(user, folderId, ct);
            return Results.Ok(new { folder = FolderJson(folder), files = await reader.ListAsync(user, folderId, ct) });
        });

    private static Task<IResult> UploadAsync(string folderId, HttpContext context, [FromServices] FileUploadHandler uploads, CancellationToken ct) =>
        RunAsync(async () => Results.Ok(await uploads.UploadFilesAsync(context, folderId, ct)));

    private static Task<IResult> GetFileAsync(string fileId, ClaimsPrincipal user, [FromServices] SharedFileReader reader, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var detail = await reader.GetAsync(user, fileId, ct);
            return Results.Ok(new { file = detail.File, folder = FolderJson(detail.Folder), versions = detail.Versions });
        });

    private static Task<IResult> UploadVersionAsync(string fileId, HttpContext context, [FromServices] FileUploadHandler uploads, CancellationToken ct) =>
        RunAsync(async () => Results.Ok(await uploads.UploadVersionAsync(context, fileId, ct)));

    private static Task<IResult> DownloadAsync(string fileId, string? version, string? inline, HttpContext context,
        [FromServices] SharedFileStore store, CancellationToken ct) =>
        RunAsync(async () =>
        {
            int? number = null;
            if (!string.IsNullOrEmpty(version))
            {
                if (!int.TryParse(version, out var parsed) || parsed < 1)
                {
                    return ApiProblems.Validation("version", "版本号必须是正整数。");
                }

                number = parsed;
            }

            var download = await store.OpenAsync(context.User, fileId, number, ct);
            var preview = inline is "1" or "true" && download.CanPreview;
            var disposition = new ContentDispositionHeaderValue(preview ? "inline" : "attachment");
            disposition.SetHttpFileName(download.Version.FileName);
            context.Response.Headers.ContentDisposition = disposition.ToString();
            context.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(download.Content, download.Version.MediaType,
                entityTag: new EntityTagHeaderValue($"\"{download.Version.Sha256}\""), enableRangeProcessing: true);
        });

    private static Task<IResult> DeleteAsync(string fileId, ClaimsPrincipal user, [FromServices] SharedFileStore store, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await store.DeleteAsync(user, fileId, ct);
            return Results.NoContent();
        });

    private static object FolderJson(FolderNode node) => new
    {
        id = node.Id,
        parentId = node.Folder.ParentId,
        name = node.Name,
        path = node.PathText,
        description = node.Folder.Description,
        depth = node.Depth,
        canManage = node.CanManage,
    };

    private static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (FileLibraryException ex)
        {
            return ex.StatusCode switch
            {
                StatusCodes.Status400BadRequest => ApiProblems.Validation(ex.Field ?? "request", ex.Message),
                StatusCodes.Status403Forbidden => ApiProblems.Forbidden(ex.Message),
                _ => ApiProblems.NotFound(ex.Message),
            };
        }
    }
}
