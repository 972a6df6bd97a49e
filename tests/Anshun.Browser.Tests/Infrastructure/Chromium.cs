namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (package <c>chromium</c>), or the browser named by <c>ANSHUN_CHROMIUM</c>.
/// Playwright is never asked to download a browser of its own: the machines have no internet.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("ANSHUN_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsAvailable => File.Exists(ExecutablePath);

    /// <summary>
    /// Headless flags for a closed network: without the background-networking ones Chromium keeps
    /// trying to reach Google's hosts at every start.
    /// </summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=zh-CN",
    ];
}
