using Anshun.Contents.Tests.Core;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Search;

/// <summary>The demo site (portal sections and types) with a recording search queue, shared by a test class.</summary>
public sealed class ContentSearchSite : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new("anshun-demo");
    private WebApplicationFactory<Program> _host = null!;

    public RecordingSearchQueue Queue { get; } = new();

    public ContentCoreTestKit Kit { get; private set; } = null!;

    public DateTime UtcNow => _site.Time.GetUtcNow().UtcDateTime;

    public Task InitializeAsync()
    {
        _host = _site.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<ISearchIndexQueue>(_ => Queue)));
        Kit = new ContentCoreTestKit(() => _host.Services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    /// <summary>The principal terms of a demo user, as the search module builds them for a query.</summary>
    public Task<IReadOnlySet<string>> TermsOfAsync(string userName) =>
        Kit.WithAsync(async sp => SearchPrincipal.Of(
            await sp.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(await Kit.UserAsync(userName))));
}
