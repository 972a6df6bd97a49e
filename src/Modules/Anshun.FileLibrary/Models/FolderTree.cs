namespace Anshun.FileLibrary.Models;

/// <summary>Every folder, parents before children, with one caller's rights on each.</summary>
public sealed class FolderTree(IReadOnlyList<FolderNode> nodes, bool canManageAll)
{
    private readonly Dictionary<string, FolderNode> _byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);

    public IReadOnlyList<FolderNode> All { get; } = nodes;

    /// <summary>Holds 管理文件资料共享 (every folder, and creating folders).</summary>
    public bool CanManageAll { get; } = canManageAll;

    public IEnumerable<FolderNode> Readable => All.Where(n => n.CanRead);

    public FolderNode? Find(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<FolderNode> ChildrenOf(string? parentId) => All.Where(n => n.Folder.ParentId == parentId);
}
