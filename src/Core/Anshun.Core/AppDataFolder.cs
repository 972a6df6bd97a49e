namespace Anshun.Core;

/// <summary>The resolved data folder (<c>Anshun__AppData</c>): SQLite file, uploads, indexes.</summary>
public sealed class AppDataFolder(string path)
{
    public string Path { get; } = path;

    /// <summary>A sub-folder, created when missing.</summary>
    public string GetFolder(params string[] parts)
    {
        var folder = System.IO.Path.Combine([Path, .. parts]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
