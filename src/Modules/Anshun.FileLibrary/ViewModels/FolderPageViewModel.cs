using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.ViewModels;

/// <summary>/files/folders/{id}: the folder's subfolders and files, and the upload panel for its managers.</summary>
public sealed record FolderPageViewModel(FolderTree Tree, FolderNode Folder, IReadOnlyList<SharedFileInfo> Files, long MaxFileBytes, int MaxFilesPerUpload);
