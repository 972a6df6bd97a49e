using Anshun.Core.Search;
using Anshun.StaffDirectory.Search;
using Anshun.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory.Tests.Search;

/// <summary>
/// The demo site with the people of <see cref="DirectoryTestData"/> and a <see cref="RecordingSearchQueue"/> in place
/// of the search module's queue, so a test sees exactly which keys a change asked the index to look at.
/// </summary>
public sealed class DirectorySearchSiteFactory : AnshunSiteFactory, IAsyncLifetime
{
    public RecordingSearchQueue Queue { get; } = new();

    public Task InitializeAsync() => DirectoryTestData.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs <paramref name="action"/> with the directory's search source in a scope of its own, as the index worker does.</summary>
    public async Task<T> WithSourceAsync<T>(Func<DirectorySearchSource, IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        var source = (DirectorySearchSource)scope.ServiceProvider.GetServices<ISearchIndexSource>().Single(s => s.Name == DirectorySearchSource.SourceName);
        return await action(source, scope.ServiceProvider);
    }

    public Task<SearchDocument?> LoadAsync(string key) => WithSourceAsync((source, _) => source.LoadAsync(key));

    public Task<List<SearchDocument>> ReadAllAsync(string? afterKey = null) => WithSourceAsync(async (source, _) =>
    {
        var documents = new List<SearchDocument>();
        await foreach (var document in source.ReadAllAsync(afterKey))
        {
            documents.Add(document);
        }

        return documents;
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // After the modules' services, so it replaces the search module's queue when that module is enabled.
        builder.ConfigureTestServices(services => services.AddScoped<ISearchIndexQueue>(_ => Queue));
    }
}
