using System.Text.Json;
using Anshun.Search.Indexing;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.StaffDirectory.Tests.Search;

/// <summary>
/// The demo site with the search module enabled (its real task queue and this node's Lucene index) and the people
/// of <see cref="DirectoryTestData"/>, for searches that go all the way through <c>/api/search</c>.
/// </summary>
public sealed class DirectorySearchIndexSiteFactory : AnshunSiteFactory, IAsyncLifetime
{
    public DirectorySearchIndexSiteFactory()
        : base("anshun-directory-search-test")
    {
        Settings["Anshun:Search:NodeName"] = "directory-node";
    }

    public Task InitializeAsync() => DirectoryTestData.SeedAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// Applies the task log (and the first rebuild a new node asks for) until <paramref name="done"/> holds for what
    /// <paramref name="client"/> gets from <c>/api/search?</c><paramref name="query"/>; returns that answer.
    /// </summary>
    public async Task<JsonElement> SearchUntilAsync(HttpClient client, string query, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var scope = Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<SearchRebuilder>().RunAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<SearchCatchUp>().RunAsync(CancellationToken.None);
            }

            var response = await client.GetAsync("/api/search?" + query);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
            var result = JsonDocument.Parse(body).RootElement;
            if (done(result))
            {
                return result;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"检索“{query}”在 60 秒内没有得到预期结果：{body}");
            }

            await Task.Delay(100);
        }
    }
}
