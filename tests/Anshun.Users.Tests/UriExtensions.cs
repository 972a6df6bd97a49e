namespace Anshun.Users.Tests;

public static class UriExtensions
{
    /// <summary>The path and query of a redirect's location, absolute or relative.</summary>
    public static string PathAndQueryOrOriginal(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
