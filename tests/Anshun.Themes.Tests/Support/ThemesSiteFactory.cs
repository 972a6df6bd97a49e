using Anshun.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Themes.Tests.Support;

/// <summary>The demo site plus <see cref="TestOnlyController"/>, so error pages can be provoked for real.</summary>
public sealed class ThemesSiteFactory : AnshunSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(TestOnlyController).Assembly));
    }
}
