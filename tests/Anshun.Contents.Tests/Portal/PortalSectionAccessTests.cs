using System.Net;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Portal;

/// <summary>内部讲话 is readable only by leaders and the 市政府办公室: an outsider finds no trace of its items.</summary>
public sealed class PortalSectionAccessTests(PortalSite site) : IClassFixture<PortalSite>
{
    private const string Title = "在全市安全生产工作内部会议上的讲话";

    [Fact]
    public async Task RestrictedItemIsInvisibleToAnOutsiderEverywhere()
    {
        var id = await PublishInternalSpeechAsync();
        var staff = await site.LoginAsync("staff");

        var home = await staff.GetStringAsync("/");
        var speeches = await staff.GetStringAsync("/sections/speeches");
        var list = await staff.GetAsync("/sections/speeches-internal");
        var item = await staff.GetAsync($"/content/{id}");
        var print = await staff.GetAsync($"/content/{id}/print");

        Assert.DoesNotContain(Title, home);
        Assert.DoesNotContain(Title, speeches);
        Assert.DoesNotContain("内部讲话", speeches);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
        Assert.DoesNotContain(Title, await item.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LeaderReadsTheRestrictedItemOnEveryPage()
    {
        var id = await PublishInternalSpeechAsync();
        var leader = await site.LoginAsync("leader");

        var home = await leader.GetStringAsync("/");
        var list = await leader.GetStringAsync("/sections/speeches-internal");
        var item = await leader.GetStringAsync($"/content/{id}");
        var print = await leader.GetStringAsync($"/content/{id}/print");

        Assert.Contains(Title, home);
        Assert.Contains(Title, list);
        Assert.Contains(Title, item);
        Assert.Contains(Title, print);
    }

    [Fact]
    public async Task UnknownSectionAndItemAnswerNotFoundLikeRestrictedOnes()
    {
        var staff = await site.LoginAsync("staff");

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/sections/no-such-section")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/content/{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitorIsSentToLogin()
    {
        var anonymous = site.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/sections/notices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    private async Task<string> PublishInternalSpeechAsync()
    {
        var editor = await site.LoginAsync("editor");
        return await site.PublishAsync(editor, "Speech", "speeches-internal", Title, new { fields = new { Speaker = "市长" } });
    }
}
