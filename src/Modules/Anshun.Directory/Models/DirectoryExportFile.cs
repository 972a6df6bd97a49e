namespace Anshun.StaffDirectory.Models;

/// <summary>An exported directory file, ready to send.</summary>
public sealed record DirectoryExportFile(byte[] Content, string ContentType, string FileName, int Count);
