namespace Anshun.Features.Tests;

/// <summary>One site shared by the tests of a class that change nothing (xunit wants a single constructor).</summary>
public sealed class FeaturesSiteFixture : SampleSiteFactory;
