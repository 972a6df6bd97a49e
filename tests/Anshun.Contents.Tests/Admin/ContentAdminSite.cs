using Anshun.Testing;

namespace Anshun.Contents.Tests.Admin;

/// <summary>The demo site shared by the admin UI tests of one class; each test works on items of its own.</summary>
public sealed class ContentAdminSite : AnshunSiteFactory
{
    public ContentAdminSite()
        : base("anshun-demo")
    {
    }
}
