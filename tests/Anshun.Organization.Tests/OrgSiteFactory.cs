using Anshun.Testing;

namespace Anshun.Organization.Tests;

/// <summary>
/// The demo site as an xunit class fixture (fixtures need exactly one public constructor; the
/// shared factory has two).
/// </summary>
public sealed class OrgSiteFactory : AnshunSiteFactory
{
    public OrgSiteFactory()
        : base("anshun-demo")
    {
    }
}
