using Anshun.Testing;

namespace Anshun.Contents.Tests.Sections;

/// <summary>The demo site (portal recipe with its section tree, demo users) shared by a test class.</summary>
public sealed class SectionSiteFactory : AnshunSiteFactory
{
}
