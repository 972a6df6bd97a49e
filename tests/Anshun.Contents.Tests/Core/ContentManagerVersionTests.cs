using Anshun.Contents.Models;
using Anshun.Contents.Services;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentManagerVersionTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task CreateSavesADraftThatReadersCannotSee()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");

        var created = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "关于开展安全检查的通知")));

        Assert.Equal(1, created.VersionNumber);
        Assert.True(created.IsLatest);
        Assert.False(created.IsPublished);
        Assert.False(created.HasPublished);
        Assert.Equal(await _kit.UserIdAsync("jyj_editor"), created.OwnerUserId);
        Assert.Equal(32, created.ContentItemId.Length);
        var staff = await _kit.UserAsync("staff");
        Assert.Null(await _kit.ManagerAsync(m => m.GetAsync(staff, created.ContentItemId, ContentVersionOption.Published)));
        Assert.Null(await _kit.ManagerAsync(m => m.GetAsync(staff, created.ContentItemId, ContentVersionOption.Latest)));
        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount);
    }

    [Fact]
    public async Task EditingMakesANewVersionWhileThePublishedOneStaysOnline()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var staff = await _kit.UserAsync("staff");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "第一稿")));
        await _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        var edited = await _kit.ManagerAsync(m => m.UpdateAsync(editor, item.ContentItemId, ContentCoreTestKit.Input(type, section, "第二稿")));

        Assert.Equal(2, edited.VersionNumber);
        Assert.False(edited.IsPublished);
        Assert.True(edited.HasPublished);
        var published = await _kit.ManagerAsync(m => m.GetAsync(staff, item.ContentItemId, ContentVersionOption.Published));
        Assert.Equal(("第一稿", 1), (published!.Title, published.VersionNumber));
        Assert.Equal("第一稿", Assert.Single((await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).Items).Title);
        var latest = await _kit.ManagerAsync(m => m.GetAsync(editor, item.ContentItemId, ContentVersionOption.Latest));
        Assert.Equal("第二稿", latest!.Title);

        await _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        var list = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code });
        Assert.Equal("第二稿", Assert.Single(list.Items).Title);
        var versions = await _kit.ManagerAsync(m => m.GetVersionsAsync(editor, item.ContentItemId));
        Assert.Equal([2, 1], versions.Select(v => v.VersionNumber));
        Assert.True(versions[0].IsPublished && versions[0].IsLatest);
        Assert.False(versions[1].IsPublished);
    }

    [Fact]
    public async Task RestoreCopiesAnOldVersionIntoANewDraft()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "原稿", i => i.Body = "<p>原来的正文</p>")));
        await _kit.ManagerAsync(m => m.UpdateAsync(editor, item.ContentItemId, ContentCoreTestKit.Input(type, section, "改稿", i => i.Body = "<p>改过的正文</p>")));

        var restored = await _kit.ManagerAsync(m => m.RestoreAsync(editor, item.ContentItemId, 1));

        Assert.Equal(3, restored.VersionNumber);
        Assert.Equal("原稿", restored.Title);
        Assert.Equal("<p>原来的正文</p>", restored.Body);
        var versions = await _kit.ManagerAsync(m => m.GetVersionsAsync(editor, item.ContentItemId));
        Assert.Equal("恢复自版本 1", versions[0].Note);
        Assert.Equal(await _kit.UserIdAsync("jyj_editor"), versions[0].AuthorUserId);
        var second = await _kit.ManagerAsync(m => m.GetVersionAsync(editor, item.ContentItemId, 2));
        Assert.Equal("改稿", second!.Title);
        await Assert.ThrowsAsync<ContentNotFoundException>(() => _kit.ManagerAsync(m => m.RestoreAsync(editor, item.ContentItemId, 9)));
    }

    [Fact]
    public async Task UnpublishTakesTheItemOfflineAndKeepsItsVersions()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var staff = await _kit.UserAsync("staff");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "将下线的通知")));
        await _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));
        Assert.NotNull(await _kit.ManagerAsync(m => m.GetAsync(staff, item.ContentItemId, ContentVersionOption.Published)));

        var offline = await _kit.ManagerAsync(m => m.UnpublishAsync(editor, item.ContentItemId));

        Assert.False(offline.HasPublished);
        Assert.Null(await _kit.ManagerAsync(m => m.GetAsync(staff, item.ContentItemId, ContentVersionOption.Published)));
        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount);
        Assert.Single(await _kit.ManagerAsync(m => m.GetVersionsAsync(editor, item.ContentItemId)));
        var again = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.UnpublishAsync(editor, item.ContentItemId)));
        Assert.Equal("status", again.Field);
    }

    [Fact]
    public async Task IssuingUnitDefaultsToTheSectionOwnerAndFieldsAreStored()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"], ownerUnitCode: "JYJ");
        var editor = await _kit.UserAsync("jyj_editor");
        var staffId = await _kit.UserIdAsync("staff");

        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "带字段的通知", i =>
        {
            i.Fields["SpeechDate"] = "2026-03-02";
            i.Fields["Copies"] = 12;
            i.Fields["Website"] = new System.Text.Json.Nodes.JsonObject { ["url"] = "/sections/notices", ["text"] = "电子公告" };
            i.Fields["Tags"] = new System.Text.Json.Nodes.JsonArray("安全", "检查", "安全");
            i.Fields["Contact"] = staffId;
            i.Fields["Unit"] = new System.Text.Json.Nodes.JsonArray("JYJ", "CZJ");
        })));

        Assert.Equal(await _kit.UnitIdAsync("JYJ"), item.IssuingUnitId);
        Assert.Equal("2026-03-02", item.Fields["SpeechDate"]!.GetValue<string>());
        Assert.Equal(12m, item.Fields["Copies"]!.GetValue<decimal>());
        Assert.Equal("/sections/notices", item.Fields["Website"]!["url"]!.GetValue<string>());
        Assert.Equal(["安全", "检查"], item.Fields["Tags"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([staffId], item.Fields["Contact"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal([await _kit.UnitIdAsync("JYJ"), await _kit.UnitIdAsync("CZJ")], item.Fields["Unit"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
