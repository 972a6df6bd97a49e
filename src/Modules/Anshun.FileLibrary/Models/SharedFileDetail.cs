namespace Anshun.FileLibrary.Models;

/// <summary>A file with its folder (and the caller's rights there) and every version, newest first.</summary>
public sealed record SharedFileDetail(SharedFileInfo File, FolderNode Folder, IReadOnlyList<SharedFileVersionInfo> Versions);
