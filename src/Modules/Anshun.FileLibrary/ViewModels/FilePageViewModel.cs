using Anshun.FileLibrary.Models;

namespace Anshun.FileLibrary.ViewModels;

/// <summary>/files/{id}: one file, its preview, its versions, and the new-version form for managers.</summary>
public sealed record FilePageViewModel(FolderTree Tree, SharedFileDetail Detail, long MaxFileBytes);
