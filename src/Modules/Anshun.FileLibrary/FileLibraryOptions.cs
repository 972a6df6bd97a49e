namespace Anshun.FileLibrary;

/// <summary>The <c>Anshun:FileLibrary</c> settings.</summary>
public sealed class FileLibraryOptions
{
    public const string SectionName = "Anshun:FileLibrary";

    /// <summary>Largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;
}
