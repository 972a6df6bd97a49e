using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Anshun.Bench;

/// <summary>The real site, in-process, set up on a given data folder with the demo recipe, its clock under the seeder's control.</summary>
public sealed class SeedingSite(string appData, string demoPassword, FakeTimeProvider time) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Anshun:AppData", appData);
        builder.UseSetting("Anshun:Setup:Recipe", "anshun-demo");
        builder.UseSetting("Anshun:Setup:DemoPassword", demoPassword);
        builder.UseSetting("Anshun:Background:Enabled", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
        });
    }
}
