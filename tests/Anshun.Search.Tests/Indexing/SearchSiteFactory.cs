using Anshun.Core.Search;
using Anshun.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>
/// The demo site with the search module (<c>anshun-search-test</c>), a node name of its own and the in-memory
/// <see cref="FakeSearchSource"/>. Other nodes and restarts of it get the same source through <see cref="WithSource"/>.
/// </summary>
public class SearchSiteFactory : AnshunSiteFactory
{
    public const string RecipeName = "anshun-search-test";
    public const string NodeNameKey = "Anshun:Search:NodeName";

    public SearchSiteFactory()
        : base(RecipeName)
    {
        Settings[NodeNameKey] = "node1";
    }

    public FakeSearchSource Source { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ISearchIndexSource>(Source));
    }

    /// <summary>A second node or a restarted site (a plain factory) with <paramref name="source"/> registered.</summary>
    public static WebApplicationFactory<Program> WithSource(AnshunSiteFactory site, FakeSearchSource source) =>
        site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ISearchIndexSource>(source)));
}
