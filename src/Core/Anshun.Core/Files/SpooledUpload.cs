using System.Security.Cryptography;

namespace Anshun.Core.Files;

/// <summary>
/// An upload copied to a temporary file while its SHA-256 is computed and its size counted; copying stops
/// as soon as the size limit is passed, so an oversized upload never fills the disk. Deleted on dispose
/// unless moved into a store.
/// </summary>
public sealed class SpooledUpload : IAsyncDisposable
{
    private const int BufferSize = 81920;

    private SpooledUpload(string path, long size, string? sha256, bool isTooLarge)
    {
        TempPath = path;
        Size = size;
        Sha256 = sha256 ?? "";
        IsTooLarge = isTooLarge;
    }

    public string TempPath { get; }

    /// <summary>Bytes received (when too large: the bytes read before giving up).</summary>
    public long Size { get; }

    /// <summary>Lower-case hex SHA-256 of the whole content; empty when too large.</summary>
    public string Sha256 { get; }

    public bool IsTooLarge { get; }

    /// <summary>Copies <paramref name="source"/> into a new file of <paramref name="tempFolder"/>.</summary>
    public static async Task<SpooledUpload> CreateAsync(Stream source, string tempFolder, long maxBytes, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(tempFolder);
        var path = Path.Combine(tempFolder, Guid.NewGuid().ToString("N") + ".upload");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[BufferSize];
        try
        {
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        if (size > maxBytes)
        {
            File.Delete(path);
            return new SpooledUpload(path, size, null, isTooLarge: true);
        }

        return new SpooledUpload(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()), isTooLarge: false);
    }

    public FileStream OpenRead() => new(TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);

    public ValueTask DisposeAsync()
    {
        if (File.Exists(TempPath))
        {
            File.Delete(TempPath);
        }

        return ValueTask.CompletedTask;
    }
}
