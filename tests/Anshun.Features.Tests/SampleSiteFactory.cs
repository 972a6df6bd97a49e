using Anshun.Testing;

namespace Anshun.Features.Tests;

/// <summary>A demo site that also has the test-only sample module enabled (recipe anshun-sample).</summary>
public class SampleSiteFactory() : AnshunSiteFactory("anshun-sample");
