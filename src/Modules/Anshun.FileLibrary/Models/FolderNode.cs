using Anshun.Core.Security;

namespace Anshun.FileLibrary.Models;

/// <summary>A folder as one caller sees it: where it sits, its rules, and what the caller may do there.</summary>
/// <param name="Ancestors">From the root down to the parent.</param>
/// <param name="CanRead">May see the folder and download its files.</param>
/// <param name="CanManage">May upload, add versions and delete in it (and below it).</param>
public sealed record FolderNode(
    FileFolder Folder,
    IReadOnlyList<FileFolder> Ancestors,
    IReadOnlyList<PrincipalRule> Readers,
    IReadOnlyList<PrincipalRule> Managers,
    bool CanRead,
    bool CanManage)
{
    public string Id => Folder.Id;

    public string Name => Folder.Name;

    public int Depth => Ancestors.Count;

    /// <summary>以“/”连接的完整路径, e.g. 学习资料/政策解读.</summary>
    public string PathText => string.Join(" / ", Ancestors.Select(a => a.Name).Append(Folder.Name));
}
