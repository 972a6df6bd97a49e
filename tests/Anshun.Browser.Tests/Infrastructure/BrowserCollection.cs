namespace Anshun.Browser.Tests.Infrastructure;

/// <summary>Browser tests share one site and one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSiteFixture>
{
    public const string Name = "Browser";
}
