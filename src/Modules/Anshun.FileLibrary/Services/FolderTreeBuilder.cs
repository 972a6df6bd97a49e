using Anshun.Core.Security;
using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.Services;

/// <summary>
/// Works out each folder's rights for one caller. A folder without readers of its own inherits its
/// parent's: it is readable when the parent is and, if it names readers, one of them matches. Managers of a
/// folder manage everything below it; managers may always read. 文件资料共享管理 may do everything.
/// </summary>
public static class FolderTreeBuilder
{
    public static FolderTree Build(IReadOnlyList<FileFolder> folders, IReadOnlyList<FolderRule> rules, AccessSubject subject)
    {
        var manageAll = subject.HasPermission(FileLibraryPermissions.Manage);
        var rulesByFolder = rules.ToLookup(r => r.FolderId);
        var children = folders.ToLookup(f => f.ParentId ?? "");
        var known = folders.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = new List<FolderNode>();

        void Visit(FileFolder folder, IReadOnlyList<FileFolder> ancestors, bool parentReadable, bool parentManaged)
        {
            var own = rulesByFolder[folder.Id].ToList();
            var readers = own.Where(r => r.Role == FolderRuleRole.Reader).Select(r => r.ToPrincipalRule()).ToList();
            var managers = own.Where(r => r.Role == FolderRuleRole.Manager).Select(r => r.ToPrincipalRule()).ToList();
            var canManage = manageAll || parentManaged || subject.MatchesAny(managers);
            var canRead = canManage || (parentReadable && (readers.Count == 0 || subject.MatchesAny(readers)));
            nodes.Add(new FolderNode(folder, ancestors, readers, managers, canRead, canManage));
            foreach (var child in Ordered(children[folder.Id]))
            {
                Visit(child, [.. ancestors, folder], canRead, canManage);
            }
        }

        // Folders whose parent is missing are shown at the top rather than lost.
        var roots = folders.Where(f => f.ParentId is null || !known.Contains(f.ParentId));
        foreach (var root in Ordered(roots))
        {
            Visit(root, [], subject.IsAuthenticated, false);
        }

        return new FolderTree(nodes, manageAll);
    }

    private static IEnumerable<FileFolder> Ordered(IEnumerable<FileFolder> folders) =>
        folders.OrderBy(f => f.SortOrder).ThenBy(f => f.Name, StringComparer.Ordinal);
}
