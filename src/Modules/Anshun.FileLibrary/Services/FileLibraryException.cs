namespace Anshun.FileLibrary.Services;

/// <summary>
/// A refused file-library request; nothing changed. <see cref="StatusCode"/> is 400 (bad input naming
/// <see cref="Field"/>), 403 (may see but not change) or 404 (missing, or not visible to the caller).
/// </summary>
public sealed class FileLibraryException(int statusCode, string message, string? field = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string? Field { get; } = field;

    public static FileLibraryException Invalid(string field, string message) => new(400, message, field);

    public static FileLibraryException Forbidden(string message) => new(403, message);

    public static FileLibraryException NotFound(string message) => new(404, message);
}
