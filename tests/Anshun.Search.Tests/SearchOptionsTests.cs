using Anshun.Search.Indexing;
using Anshun.Search.Tests.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Search.Tests;

/// <summary>
/// Where a node keeps its index: always under the site's own data folder unless an absolute path says otherwise,
/// so sites side by side (the test suite runs many at once) never share or lock each other's index.
/// </summary>
public sealed class SearchOptionsTests
{
    private static readonly string _appData = Path.Combine(Path.GetTempPath(), "anshun-options-test", "App_Data");

    [Fact]
    public void WithoutAnIndexPathTheIndexLivesInTheDataFolder()
    {
        Assert.Equal(Path.Combine(_appData, "search"), new SearchOptions().ResolveIndexRoot(_appData));
        Assert.Equal(Path.Combine(_appData, "search"), new SearchOptions { IndexPath = "  " }.ResolveIndexRoot(_appData));
    }

    [Fact]
    public void ARelativeIndexPathIsTakenUnderTheDataFolderNotTheWorkingDirectory()
    {
        var root = new SearchOptions { IndexPath = Path.Combine("local", "index") }.ResolveIndexRoot(_appData);

        Assert.Equal(Path.Combine(_appData, "local", "index"), root);
        Assert.False(root.StartsWith(Environment.CurrentDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    [Fact]
    public void AnAbsoluteIndexPathIsKept()
    {
        var local = Path.Combine(Path.GetTempPath(), "anshun-local-disk", "search");

        Assert.Equal(local, new SearchOptions { IndexPath = local }.ResolveIndexRoot(_appData));
    }

    [Fact]
    public async Task ASiteConfiguredWithARelativeIndexPathIndexesInsideItsOwnDataFolder()
    {
        await using var site = new SearchSiteFactory();
        site.Settings["Anshun:Search:IndexPath"] = "node-local";

        var node = site.Services.GetRequiredService<SearchNodeIndex>();
        await SearchTestKit.WaitUntilAsync(site.Time, () => SearchTestKit.Node(site.Services).Cursor is not null, what: "索引打开");

        Assert.Equal(Path.Combine(site.AppData, "node-local", "node1"), node.NodeDirectory);
        Assert.True(File.Exists(Path.Combine(node.NodeDirectory, SearchNodeIndex.CurrentFile)));
        Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "node-local")));
    }
}
