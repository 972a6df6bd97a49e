namespace Anshun.Core.Files;

/// <summary>One part of a multipart form being read: a file (with its cleaned name) or a plain field.</summary>
/// <param name="Body">Readable only until the next part is requested.</param>
public sealed record MultipartPart(string Name, string? FileName, Stream Body)
{
    public bool IsFile => FileName is not null;

    public async Task<string> ReadValueAsync(CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(Body, leaveOpen: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
