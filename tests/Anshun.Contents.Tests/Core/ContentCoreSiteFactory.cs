using Anshun.Testing;

namespace Anshun.Contents.Tests.Core;

/// <summary>The demo site as an xunit class fixture for the content core's tests.</summary>
public sealed class ContentCoreSiteFactory : AnshunSiteFactory
{
    public ContentCoreSiteFactory()
        : base("anshun-demo")
    {
    }
}
