using Anshun.Testing;

namespace Anshun.OpenId.Tests;

/// <summary>The demo site with OpenID Connect allowed over the test server's plain http://localhost.</summary>
public sealed class OpenIdSiteFactory : AnshunSiteFactory
{
    public OpenIdSiteFactory()
    {
        Settings["Anshun:OpenId:RequireHttps"] = "false";
    }
}
