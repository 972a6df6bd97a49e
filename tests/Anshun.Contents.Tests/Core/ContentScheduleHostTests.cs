using Anshun.Contents.Models;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Core;

/// <summary>The kernel's background host runs scheduled publishing on the site's clock.</summary>
public sealed class ContentScheduleHostTests : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new("anshun-demo");
    private readonly ContentCoreTestKit _kit;

    public ContentScheduleHostTests() => _kit = new ContentCoreTestKit(_site);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task BackgroundHostPublishesWhenTheClockPassesTheTime()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var item = (await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "后台定时发布")))).ContentItemId;
        var publishAt = ContentScheduleTests.WholeSeconds(_site.Time.GetUtcNow().UtcDateTime).AddHours(1);
        await _kit.ManagerAsync(m => m.ScheduleAsync(editor, item, publishAt, null));

        _site.Time.Advance(TimeSpan.FromMinutes(61));
        var published = false;
        for (var attempt = 0; attempt < 200 && !published; attempt++)
        {
            // The host waits its interval on the site's clock; nudging it wakes a wait registered late.
            _site.Time.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(50);
            published = (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount == 1;
        }

        Assert.True(published);
        var view = await _kit.ManagerAsync(m => m.GetAsync(editor, item, ContentVersionOption.Latest));
        Assert.Equal(publishAt, view!.PublishedUtc);
    }
}
