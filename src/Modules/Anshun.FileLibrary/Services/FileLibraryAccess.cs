using System.Security.Claims;
using Anshun.Core.Security;
using Anshun.FileLibrary.Data;
using Anshun.FileLibrary.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.FileLibrary.Services;

/// <summary>The folder tree with the caller's rights, worked out once per request (scoped).</summary>
public sealed class FileLibraryAccess(FileLibraryDbContext db, IAccessSubjectResolver subjects)
{
    private FolderTree? _tree;
    private ClaimsPrincipal? _treeUser;

    public async Task<FolderTree> GetTreeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (_tree is not null && ReferenceEquals(_treeUser, user))
        {
            return _tree;
        }

        var subject = await subjects.ResolveAsync(user, cancellationToken);
        var folders = await db.Folders.AsNoTracking().ToListAsync(cancellationToken);
        var rules = await db.FolderRules.AsNoTracking().ToListAsync(cancellationToken);
        _tree = FolderTreeBuilder.Build(folders, rules, subject);
        _treeUser = user;
        return _tree;
    }

    /// <summary>Forgets the cached tree after folders or rules changed in this request.</summary>
    public void Reset() => _tree = null;

    /// <summary>The folder when the caller may read it; otherwise 404 (its existence is not revealed).</summary>
    public async Task<FolderNode> GetReadableAsync(ClaimsPrincipal user, string folderId, CancellationToken cancellationToken = default)
    {
        var node = (await GetTreeAsync(user, cancellationToken)).Find(folderId);
        return node is { CanRead: true } ? node : throw FileLibraryException.NotFound("文件夹不存在，或您没有查看它的权限。");
    }

    /// <summary>The folder when the caller manages it; 404 when not even readable, 403 when only readable.</summary>
    public async Task<FolderNode> GetManagedAsync(ClaimsPrincipal user, string folderId, CancellationToken cancellationToken = default)
    {
        var node = await GetReadableAsync(user, folderId, cancellationToken);
        return node.CanManage ? node : throw FileLibraryException.Forbidden($"您不是文件夹“{node.Name}”的管理人员，不能上传、更新或删除其中的文件。");
    }
}
