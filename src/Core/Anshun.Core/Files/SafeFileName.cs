namespace Anshun.Core.Files;

/// <summary>
/// Cleans a file name sent by a browser: no folders (some browsers send a full path), no control
/// characters, at most <see cref="MaxLength"/> characters keeping the extension. Empty when nothing usable is left.
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 200;

    public static string Clean(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "";
        }

        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().Trim('.');
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 20 ? "" : extension;
            name = name[..(MaxLength - extension.Length)] + extension;
        }

        return name;
    }
}
