using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.ViewModels;

/// <summary>/files: the folder tree, the newest files, and (for 文件资料共享管理) the new-folder form.</summary>
public sealed record FileLibraryIndexViewModel(FolderTree Tree, IReadOnlyList<SharedFileInfo> Latest)
{
    public NewFolderForm NewFolder { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];
}
