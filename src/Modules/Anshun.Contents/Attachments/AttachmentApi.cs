using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Files;
using Anshun.Core.Security;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Anshun.Contents.Attachments;

/// <summary>
/// <c>POST /api/content/attachments</c> (multipart, one or more files; 使用内容管理) and
/// <c>GET /content/attachments/{id}</c> (download or, with <c>?inline=1</c>, preview of PDF and images).
/// A download the caller may not see answers 404, so it does not reveal that the file exists.
/// </summary>
public static class AttachmentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/content/attachments", UploadAsync)
            .RequireAuthorization(Permission.PolicyPrefix + ContentsPermissions.Edit)
            .DisableAntiforgery()
            .WithTags("内容附件")
            .WithSummary("上传附件（multipart/form-data，可多个文件）：按内容识别类型，拒绝程序、脚本和扩展名与内容不符的文件");
        endpoints.MapGet("/content/attachments/{id}", DownloadAsync)
            .RequireAuthorization()
            .WithTags("内容附件")
            .WithSummary("下载附件；inline=1 时在浏览器中预览 PDF 与图片");
    }

    private static async Task<IResult> UploadAsync(HttpContext context, ClaimsPrincipal user, [FromServices] AttachmentStore store,
        [FromServices] IOptions<AttachmentOptions> options, CancellationToken ct)
    {
        if (!MultipartUploadReader.IsMultipart(context.Request))
        {
            return ApiProblems.Validation(AttachmentStore.Field, "请以 multipart/form-data 方式上传附件。");
        }

        var limits = options.Value;
        MultipartUploadReader.AllowBodySize(context, limits.MaxAttachmentBytes, limits.MaxFilesPerUpload);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var prepared = new List<PreparedAttachment>();
        try
        {
            await foreach (var part in MultipartUploadReader.ReadAsync(context.Request, ct))
            {
                if (!part.IsFile)
                {
                    continue;
                }

                if (prepared.Count == limits.MaxFilesPerUpload)
                {
                    return ApiProblems.Validation(AttachmentStore.Field, $"一次最多上传 {limits.MaxFilesPerUpload} 个附件。");
                }

                prepared.Add(await store.PrepareAsync(part.Body, part.FileName!, userId, ct));
            }

            if (prepared.Count == 0)
            {
                return ApiProblems.Validation(AttachmentStore.Field, "请选择要上传的附件。");
            }

            return Results.Ok(await store.StoreAsync(prepared, ct));
        }
        catch (ContentValidationException ex)
        {
            return ApiProblems.Validation(ex.Field, ex.Message);
        }
        finally
        {
            foreach (var item in prepared)
            {
                await item.DisposeAsync();
            }
        }
    }

    private static async Task<IResult> DownloadAsync(string id, string? inline, HttpContext context, ClaimsPrincipal user,
        [FromServices] IAttachmentStore store, [FromServices] AttachmentDownloadAuthorizer authorizer, CancellationToken ct)
    {
        var attachment = await store.GetAsync(id, ct);
        if (attachment is null || !await authorizer.CanDownloadAsync(user, attachment, ct))
        {
            return ApiProblems.NotFound("附件不存在，或您没有查看它的权限。");
        }

        Stream content;
        try
        {
            content = await store.OpenReadAsync(id, ct);
        }
        catch (ContentNotFoundException ex)
        {
            return ApiProblems.NotFound(ex.Message);
        }

        var preview = inline is "1" or "true" && IsPreviewable(attachment);
        var disposition = new ContentDispositionHeaderValue(preview ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.File(content, attachment.MediaType, lastModified: attachment.UploadedUtc,
            entityTag: new EntityTagHeaderValue($"\"{attachment.Sha256}\""), enableRangeProcessing: true);
    }

    private static bool IsPreviewable(AttachmentInfo attachment) =>
        attachment.MediaType is "application/pdf" or "image/png" or "image/jpeg" or "image/gif" or "image/bmp" or "image/webp";
}
