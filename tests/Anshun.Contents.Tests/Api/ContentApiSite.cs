using Anshun.Contents.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Api;

/// <summary>The demo site shared by the content API tests; each test makes its own items.</summary>
public sealed class ContentApiSite : AnshunSiteFactory
{
    public ContentApiSite()
        : base("anshun-demo")
    {
    }

    public async Task<string> SectionIdAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        var section = await scope.ServiceProvider.GetRequiredService<ISectionStore>().FindAsync(code);
        return section?.Id ?? throw new InvalidOperationException($"配方中没有栏目 {code}。");
    }
}
