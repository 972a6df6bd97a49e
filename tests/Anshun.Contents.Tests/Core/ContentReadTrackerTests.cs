using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentReadTrackerTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task FirstReadCountsOnceAndLowersTheUnreadCount()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var staff = await _kit.UserAsync("staff");
        var staffId = await _kit.UserIdAsync("staff");
        var first = await PublishAsync(editor, type, section, "第一条公告");
        var second = await PublishAsync(editor, type, section, "第二条公告");
        await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "未发布的草稿")));
        Assert.Equal(2, await UnreadAsync(staff, type.Name));

        await _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().MarkReadAsync(staffId, first));
        await _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().MarkReadAsync(staffId, first));

        Assert.Equal(1, await UnreadAsync(staff, type.Name));
        Assert.Equal(2, await UnreadAsync(editor, type.Name));
        var view = await _kit.ManagerAsync(m => m.GetAsync(staff, first, ContentVersionOption.Published));
        Assert.Equal(1, view!.ReadCount);
        var listed = (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).Items;
        Assert.Equal([(second, 0), (first, 1)], listed.Select(i => (i.ContentItemId, i.ReadCount)));
        var read = await _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().GetReadAsync(staffId, [first, second]));
        Assert.Equal([first], read);
        var readers = await _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().GetReadersAsync(editor, first));
        Assert.Equal([staffId], readers.Select(r => r.UserId));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().GetReadersAsync(staff, first)));
    }

    [Fact]
    public async Task RestrictedSectionsAreLeftOutOfListsCountsAndUnread()
    {
        var type = await _kit.CreateTypeAsync();
        var open = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var restricted = await _kit.CreateSectionAsync(editors: ["jyj_editor"], readers: ["leader"]);
        var editor = await _kit.UserAsync("jyj_editor");
        await PublishAsync(editor, type, open, "公开公告");
        var secret = await PublishAsync(editor, type, restricted, "限定范围公告");

        var forStaff = await _kit.ListAsync("staff", new ContentListQuery { ContentType = type.Name });
        var forLeader = await _kit.ListAsync("leader", new ContentListQuery { ContentType = type.Name });

        Assert.Equal(["公开公告"], forStaff.Items.Select(i => i.Title));
        Assert.Equal(1, forStaff.TotalCount);
        Assert.Equal(2, forLeader.TotalCount);
        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = restricted.Code })).TotalCount);
        Assert.Equal(1, await UnreadAsync(await _kit.UserAsync("staff"), type.Name));
        Assert.Equal(2, await UnreadAsync(await _kit.UserAsync("leader"), type.Name));
        var staff = await _kit.UserAsync("staff");
        Assert.Null(await _kit.ManagerAsync(m => m.GetAsync(staff, secret, ContentVersionOption.Published)));
    }

    [Fact]
    public async Task PinnedItemsComeFirstUntilTheirExpiry()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var now = site.Time.GetUtcNow().UtcDateTime;
        await PublishAsync(editor, type, section, "置顶公告", i => { i.Pinned = true; i.PinnedUntilUtc = now.AddDays(30); });
        for (var n = 1; n <= 4; n++)
        {
            await PublishAsync(editor, type, section, $"普通公告{n}");
        }

        var page1 = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code, PinnedFirst = true, PageSize = 2 });
        var page2 = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code, PinnedFirst = true, PageSize = 2, Page = 2 });
        var page3 = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code, PinnedFirst = true, PageSize = 2, Page = 3 });

        Assert.Equal(["置顶公告", "普通公告4"], page1.Items.Select(i => i.Title));
        Assert.True(page1.Items[0].IsPinned);
        Assert.Equal(["普通公告3", "普通公告2"], page2.Items.Select(i => i.Title));
        Assert.Equal(["普通公告1"], page3.Items.Select(i => i.Title));
        Assert.Equal((5, 3), (page1.TotalCount, page1.TotalPages));
    }

    private async Task<string> PublishAsync(System.Security.Claims.ClaimsPrincipal editor, ContentTypeDefinition type, SectionInfo section,
        string title, Action<ContentInput>? change = null)
    {
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, title, change)));
        await _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        // Distinct publish times, so "newest first" is the creation order.
        site.Time.Advance(TimeSpan.FromSeconds(1));
        return item.ContentItemId;
    }

    private Task<int> UnreadAsync(System.Security.Claims.ClaimsPrincipal user, string type) =>
        _kit.WithAsync(sp => sp.GetRequiredService<IReadTracker>().CountUnreadAsync(user, type));
}
