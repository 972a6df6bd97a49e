namespace Anshun.Core.Files;

/// <summary>
/// Files kept under their SHA-256 (<c>{root}/ab/abcdef…</c>): the same content uploaded twice is stored
/// once, and a stored file can be checked against its name at any time.
/// </summary>
public sealed class ContentAddressedStore(string root)
{
    public string Root { get; } = root;

    /// <summary>Moves the spooled upload into the store (or drops it when the content is already there).</summary>
    public void Add(SpooledUpload upload)
    {
        if (upload.IsTooLarge)
        {
            throw new InvalidOperationException("An oversized upload cannot be stored.");
        }

        var path = PathOf(upload.Sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            File.Move(upload.TempPath, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same content at the same moment; its copy is identical.
        }
    }

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256);
    }
}
