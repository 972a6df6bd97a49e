using Anshun.Core.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Anshun.Bench;

/// <summary>
/// The real site, in-process, with the background worker off so the benchmark drives the search catch-up and
/// rebuild itself, and the index in a folder of the benchmark's choosing. On an existing data folder (a seeded
/// copy) it opens that site; on an empty one it is set up with the demo recipe. An extra source (the generated
/// corpus) joins the modules' own sources.
/// </summary>
public sealed class SearchBenchSite(string appData, string indexPath, string nodeName, ISearchIndexSource? extraSource = null)
    : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo#2026anshun";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Anshun:AppData", appData);
        builder.UseSetting("Anshun:Setup:Recipe", "anshun-demo");
        builder.UseSetting("Anshun:Setup:DemoPassword", DemoPassword);
        builder.UseSetting("Anshun:Background:Enabled", "false");
        builder.UseSetting("Anshun:Search:IndexPath", indexPath);
        builder.UseSetting("Anshun:Search:NodeName", nodeName);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (extraSource is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(extraSource));
        }
    }
}
