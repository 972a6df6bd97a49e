using System.Security.Claims;
using Anshun.Core.Web;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Services;
using Anshun.FileLibrary.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Anshun.FileLibrary.Controllers;

/// <summary>文件资料共享 in the portal: folders, files, versions, uploads (through the API with a progress bar).</summary>
[Authorize]
[Route("files")]
public sealed class FileLibraryController(
    FileLibraryAccess access,
    SharedFileReader reader,
    SharedFileStore store,
    FolderStore folders,
    IOptions<FileLibraryOptions> options,
    INotifier notifier) : Controller
{
    private const string Title = "文件资料共享";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["Title"] = Title;
        return View(new FileLibraryIndexViewModel(await access.GetTreeAsync(User, cancellationToken), await reader.LatestAsync(User, 20, cancellationToken)));
    }

    [HttpPost("folders")]
    public async Task<IActionResult> CreateFolder([FromForm] NewFolderForm form, CancellationToken cancellationToken)
    {
        var tree = await access.GetTreeAsync(User, cancellationToken);
        if (!tree.CanManageAll)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        try
        {
            var input = new FolderInput
            {
                Name = form.Name,
                ParentId = form.ParentId,
                Description = form.Description,
                Readers = PrincipalLineParser.Parse(form.Readers, "readers"),
                Managers = PrincipalLineParser.Parse(form.Managers, "managers"),
            };
            var folder = await folders.SaveAsync(input, User.FindFirstValue(ClaimTypes.NameIdentifier), updateExisting: false, cancellationToken);
            notifier.Add(NotifyType.Success, $"已新建文件夹“{folder.Name}”。");
            return Redirect($"/files/folders/{folder.Id}");
        }
        catch (FileLibraryException ex) when (ex.StatusCode == StatusCodes.Status400BadRequest)
        {
            ViewData["Title"] = Title;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new FileLibraryIndexViewModel(tree, await reader.LatestAsync(User, 20, cancellationToken))
            {
                NewFolder = form,
                Errors = [ex.Message],
            });
        }
    }

    [HttpGet("folders/{folderId}")]
    public Task<IActionResult> Folder(string folderId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var tree = await access.GetTreeAsync(User, cancellationToken);
        var folder = await access.GetReadableAsync(User, folderId, cancellationToken);
        ViewData["Title"] = folder.Name;
        ViewData[Breadcrumb.ViewDataKey] = Crumbs(folder, includeSelf: false);
        var limits = options.Value;
        return View(new FolderPageViewModel(tree, folder, await reader.ListAsync(User, folderId, cancellationToken), limits.MaxFileBytes, limits.MaxFilesPerUpload));
    });

    [HttpGet("{fileId}")]
    public Task<IActionResult> File(string fileId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var detail = await reader.GetAsync(User, fileId, cancellationToken);
        ViewData["Title"] = detail.File.Name;
        ViewData[Breadcrumb.ViewDataKey] = Crumbs(detail.Folder, includeSelf: true);
        return View(new FilePageViewModel(await access.GetTreeAsync(User, cancellationToken), detail, options.Value.MaxFileBytes));
    });

    [HttpPost("{fileId}/delete")]
    public Task<IActionResult> Delete(string fileId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var detail = await reader.GetAsync(User, fileId, cancellationToken);
        await store.DeleteAsync(User, fileId, cancellationToken);
        notifier.Add(NotifyType.Success, $"已删除文件“{detail.File.Name}”。");
        return Redirect($"/files/folders/{detail.Folder.Id}");
    });

    private static Breadcrumb[] Crumbs(FolderNode folder, bool includeSelf) =>
    [
        new Breadcrumb(Title, "/files"),
        .. folder.Ancestors.Select(a => new Breadcrumb(a.Name, $"/files/folders/{a.Id}")),
        .. includeSelf ? new[] { new Breadcrumb(folder.Name, $"/files/folders/{folder.Id}") } : [],
    ];

    private async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (FileLibraryException ex)
        {
            return StatusCode(ex.StatusCode);
        }
    }
}
