using Anshun.Core.Search;
using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.Search;

/// <summary>
/// Who may find a file of a folder, decided as <see cref="Services.FolderTreeBuilder"/> decides reading: each
/// folder from the top down that names readers is a gate opened by one of them; the managers of any folder on
/// the path and holders of 管理文件资料共享 read regardless (they manage everything below their folder).
/// </summary>
public sealed class FileSearchAccess
{
    /// <summary>The most folders a path may have before it is taken as a broken (cyclic) tree.</summary>
    private const int MaxDepth = 64;

    private readonly Dictionary<string, FileFolder> _folders;
    private readonly ILookup<string, FolderRule> _rules;

    public FileSearchAccess(IReadOnlyList<FileFolder> folders, IReadOnlyList<FolderRule> rules)
    {
        _folders = folders.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _rules = rules.ToLookup(r => r.FolderId, StringComparer.Ordinal);
    }

    /// <summary>From the top folder down to <paramref name="folderId"/>; empty when the folder does not exist.</summary>
    public IReadOnlyList<FileFolder> PathOf(string folderId)
    {
        var path = new List<FileFolder>();
        var id = folderId;
        while (id is not null && path.Count < MaxDepth && _folders.TryGetValue(id, out var folder))
        {
            path.Add(folder);
            id = folder.ParentId;
        }

        path.Reverse();
        return path;
    }

    /// <summary>The access of a file in <paramref name="folderId"/>; null when the folder does not exist.</summary>
    public SearchAccess? For(string folderId)
    {
        var path = PathOf(folderId);
        if (path.Count == 0)
        {
            return null;
        }

        var gates = new List<IReadOnlyList<SearchPrincipal>>();
        var bypass = new List<SearchPrincipal> { SearchPrincipal.Permission(FileLibraryPermissions.Manage) };
        foreach (var folder in path)
        {
            var readers = Principals(folder.Id, FolderRuleRole.Reader);
            if (readers.Count > 0)
            {
                gates.Add(readers);
            }

            bypass.AddRange(Principals(folder.Id, FolderRuleRole.Manager));
        }

        return new SearchAccess(gates, bypass.Distinct().ToList());
    }

    /// <summary>The folder and every folder below it.</summary>
    public IReadOnlyList<string> Subtree(string folderId) =>
        [folderId, .. _folders.Values.Where(f => f.Id != folderId && PathOf(f.Id).Any(a => a.Id == folderId)).Select(f => f.Id)];

    private List<SearchPrincipal> Principals(string folderId, FolderRuleRole role) =>
        _rules[folderId].Where(r => r.Role == role).Select(r => SearchPrincipal.From(r.ToPrincipalRule())).Distinct().ToList();
}
