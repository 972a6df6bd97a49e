using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>
/// One person at one browser: a page in a fresh profile, screenshots of every step saved under
/// <c>TestResults/browser/&lt;test&gt;[/&lt;person&gt;]/</c>, and a record of script errors and failed style or script loads.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private int _shots;

    private BrowserSession(IBrowserContext context, IPage page, string folder)
    {
        _context = context;
        Page = page;
        Folder = folder;
        page.PageError += (_, error) => Record($"页面脚本错误：{error}");
        page.Response += (_, response) =>
        {
            var type = response.Request.ResourceType;
            if (response.Status >= 400 && type is "stylesheet" or "script" or "font")
            {
                Record($"资源加载失败：HTTP {response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (request.ResourceType is "stylesheet" or "script" or "font")
            {
                Record($"资源加载失败：{request.Url}（{request.Failure}）");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Where this test's screenshots go.</summary>
    public string Folder { get; }

    /// <summary>Script errors and failed loads of styles, scripts or fonts seen so far.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return _problems.ToList();
            }
        }
    }

    /// <summary>
    /// Opens a browser for one person of a test; <paramref name="person"/> names a sub-folder for the
    /// screenshots when a journey has several people, each in a browser of their own.
    /// </summary>
    public static async Task<BrowserSession> OpenAsync(
        BrowserSiteFixture fixture, string? person = null, [CallerMemberName] string testName = "")
    {
        var folder = Path.Combine(ArtifactsRoot(), "browser", testName, person ?? "");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var context = await fixture.NewContextAsync();
        // Generous: on a 2-core CI machine the browser shares the CPU with other test assemblies.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, folder);
    }

    /// <summary>Saves a full-page screenshot named <c>NN-step.png</c> and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var path = Path.Combine(Folder, $"{++_shots:00}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs a journey; when a step fails, the page as it was is saved before the failure is reported.</summary>
    public async Task RunAsync(Func<Task> journey)
    {
        try
        {
            await journey();
        }
        catch
        {
            try
            {
                await ScreenshotAsync("failure");
            }
            catch (PlaywrightException)
            {
                // The page itself is gone; the original failure says more.
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    /// <summary>
    /// <c>ANSHUN_TEST_ARTIFACTS</c>, else the repository's <c>TestResults</c> folder (found by walking up
    /// to <c>AnshunCms.sln</c>), else <c>TestResults</c> beside the test assembly.
    /// </summary>
    public static string ArtifactsRoot()
    {
        if (Environment.GetEnvironmentVariable("ANSHUN_TEST_ARTIFACTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnshunCms.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults");
    }

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
