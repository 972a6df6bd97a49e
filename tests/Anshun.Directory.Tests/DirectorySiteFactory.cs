using Anshun.Testing;

namespace Anshun.StaffDirectory.Tests;

/// <summary>The demo site with the people of <see cref="DirectoryTestData"/>, shared by tests that only read.</summary>
public sealed class DirectorySiteFactory : AnshunSiteFactory, IAsyncLifetime
{
    public DirectorySiteFactory()
        : base("anshun-demo")
    {
    }

    public Task InitializeAsync() => DirectoryTestData.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
