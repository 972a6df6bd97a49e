using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Core;

/// <summary>
/// Each test owns its site: they move its clock. The background host is off here, so the test
/// alone decides when schedules are applied (<see cref="ContentScheduleHostTests"/> covers the host).
/// </summary>
public sealed class ContentScheduleTests : IAsyncLifetime
{
    private readonly AnshunSiteFactory _site = new("anshun-demo");
    private readonly ContentCoreTestKit _kit;

    public ContentScheduleTests()
    {
        _site.Settings["Anshun:Background:Enabled"] = "false";
        _kit = new ContentCoreTestKit(_site);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task PublishWindowOpensAndClosesWhenDue()
    {
        var (editor, item, section) = await ArrangeAsync();
        var start = WholeSeconds(_site.Time.GetUtcNow().UtcDateTime);
        var publishAt = start.AddHours(1);
        var unpublishAt = start.AddHours(3);

        var scheduled = await _kit.ManagerAsync(m => m.ScheduleAsync(editor, item, publishAt, unpublishAt));

        Assert.Equal((publishAt, unpublishAt), (scheduled.ScheduledPublishUtc, scheduled.ScheduledUnpublishUtc));
        Assert.Equal(0, await _kit.ManagerAsync(m => m.ApplySchedulesAsync()));
        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount);

        _site.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await _kit.ManagerAsync(m => m.ApplySchedulesAsync()));

        var listed = Assert.Single((await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).Items);
        Assert.Equal(publishAt, listed.PublishedUtc);
        var view = await _kit.ManagerAsync(m => m.GetAsync(editor, item, ContentVersionOption.Latest));
        Assert.Equal((null, (DateTime?)unpublishAt), (view!.ScheduledPublishUtc, view.ScheduledUnpublishUtc));
        Assert.Equal(0, await _kit.ManagerAsync(m => m.ApplySchedulesAsync()));

        _site.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await _kit.ManagerAsync(m => m.ApplySchedulesAsync()));

        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount);
        var after = await _kit.ManagerAsync(m => m.GetAsync(editor, item, ContentVersionOption.Latest));
        Assert.Equal((false, (DateTime?)null, (DateTime?)null), (after!.HasPublished, after.ScheduledPublishUtc, after.ScheduledUnpublishUtc));
    }

    [Fact]
    public async Task WindowInThePastOrReversedIsRefused()
    {
        var (editor, item, _) = await ArrangeAsync();
        var now = _site.Time.GetUtcNow().UtcDateTime;

        var past = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.ScheduleAsync(editor, item, now.AddMinutes(-1), null)));
        var reversed = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _kit.ManagerAsync(m => m.ScheduleAsync(editor, item, now.AddHours(2), now.AddHours(1))));

        Assert.Equal("scheduledPublishUtc", past.Field);
        Assert.Equal("scheduledUnpublishUtc", reversed.Field);
        Assert.Null((await _kit.ManagerAsync(m => m.GetAsync(editor, item, ContentVersionOption.Latest)))!.ScheduledPublishUtc);
    }

    private async Task<(System.Security.Claims.ClaimsPrincipal Editor, string Item, SectionInfo Section)> ArrangeAsync()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "定时发布的通知")));
        return (editor, item.ContentItemId, section);
    }

    /// <summary>PostgreSQL keeps microseconds, the fake clock ticks; whole seconds compare equal on both.</summary>
    public static DateTime WholeSeconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
