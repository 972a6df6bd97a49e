using Anshun.Testing;

namespace Anshun.Users.Tests;

/// <summary>A shared demo site for test classes whose tests do not disturb each other (xunit fixtures need one constructor).</summary>
public sealed class DemoSite : AnshunSiteFactory;
