using Anshun.Core.Search;
using Anshun.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests.Indexing;

/// <summary>
/// The demo site (the default recipe enables search and grants Search.Manage to the 系统管理员), a node name of its own and the in-memory
/// <see cref="FakeSearchSource"/>. Other nodes and restarts of it get the same source through <see cref="WithSource"/>.
/// </summary>
public class SearchSiteFactory : AnshunSiteFactory
{
    public const string RecipeName = "anshun-demo";
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
