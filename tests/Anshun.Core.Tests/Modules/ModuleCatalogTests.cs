using Anshun.Core.Modules;
using Anshun.Core.Tests.Support;
using static Anshun.Core.Tests.Support.TestModules;

namespace Anshun.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void ModulesAreListedInDependencyOrder()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), []);

        Assert.Equal(["Platform", "Org", "Users", "Mail", "News", "Themes"], catalog.Modules.Select(m => m.Id));
    }

    [Fact]
    public void EnabledSetIsClosedOverDependenciesAndIncludesAlwaysEnabledModules()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), ["Mail"]);

        Assert.Equal(["Platform", "Org", "Users", "Mail", "Themes"], catalog.EnabledModules.Select(m => m.Id));
        Assert.False(catalog.IsEnabled("News"));
    }

    [Fact]
    public void ClosedOverDependenciesFollowsTheWholeChain()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), []);

        var closed = catalog.ClosedOverDependencies(["Users"]);

        Assert.Equal(["Org", "Platform", "Themes", "Users"], closed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClosedOverDependenciesIgnoresUnknownIds()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), []);

        var closed = catalog.ClosedOverDependencies(["Nope", "News"]);

        Assert.Equal(["News", "Platform", "Themes"], closed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DependentsAreDirectAndIndirect()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), []);

        Assert.Equal(["Users", "Mail"], catalog.Dependents("Org").Select(m => m.Id));
        Assert.Equal(["Org", "Users", "Mail", "Themes"], catalog.Dependents("Platform").Select(m => m.Id));
        Assert.Empty(catalog.Dependents("Mail"));
        Assert.Empty(catalog.Dependents("News"));
    }

    [Fact]
    public void DependentsOfADiamondAreListedOnce()
    {
        var catalog = new ModuleCatalog([Module("A"), Module("B", "A"), Module("C", "A"), Module("D", "B", "C")], []);

        Assert.Equal(["B", "C", "D"], catalog.Dependents("A").Select(m => m.Id));
    }

    [Fact]
    public void FindReturnsNullForAnUnknownModule()
    {
        var catalog = new ModuleCatalog(TestModules.Sample(), []);

        Assert.Equal("Users", catalog.Find("Users")?.Id);
        Assert.Null(catalog.Find("users"));
    }

    [Fact]
    public void DiscoverFindsTheSiteModulesBesideTheTests()
    {
        var modules = ModuleCatalog.Discover();

        // The test output holds the site and every module, as the site's own output does.
        Assert.Contains(modules, m => m.Id == "Anshun.Users" && m.StartupType is not null);
        Assert.Contains(modules, m => m.Id == "Anshun.Audit");
        Assert.DoesNotContain(modules, m => m.Assembly == typeof(ModuleCatalogTests).Assembly);
        var catalog = new ModuleCatalog(modules, modules.Select(m => m.Id));
        Assert.Equal(modules.Count, catalog.EnabledModules.Count);
    }
}
