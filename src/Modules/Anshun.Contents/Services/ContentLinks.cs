namespace Anshun.Contents.Services;

/// <summary>Which link targets content may store: http, https, or a path on this site.</summary>
public static class ContentLinks
{
    public static bool IsSafe(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/'))
        {
            // "//host" is protocol-relative (another site), "/\host" is treated the same by browsers.
            return trimmed.Length == 1 || (trimmed[1] != '/' && trimmed[1] != '\\');
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
