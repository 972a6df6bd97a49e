using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Audit;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentManagerAccessTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task EditingAnotherDepartmentsSectionIsRefusedAndAudited()
    {
        var type = await _kit.CreateTypeAsync();
        var jyj = await _kit.CreateSectionAsync(editors: ["jyj_editor"], ownerUnitCode: "JYJ");
        var czj = await _kit.CreateSectionAsync(editors: ["czj_editor"], ownerUnitCode: "CZJ");
        var jyjEditor = await _kit.UserAsync("jyj_editor");
        var czjEditor = await _kit.UserAsync("czj_editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(jyjEditor, ContentCoreTestKit.Input(type, jyj, "教育局的通知")));

        var edit = await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            _kit.ManagerAsync(m => m.UpdateAsync(czjEditor, item.ContentItemId, ContentCoreTestKit.Input(type, jyj, "被改的标题"))));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            _kit.ManagerAsync(m => m.CreateAsync(czjEditor, ContentCoreTestKit.Input(type, jyj, "在别人栏目新建"))));
        await Assert.ThrowsAsync<ContentForbiddenException>(() =>
            _kit.ManagerAsync(m => m.UpdateAsync(jyjEditor, item.ContentItemId, ContentCoreTestKit.Input(type, czj, "移到财政局栏目"))));

        Assert.Contains(jyj.Name, edit.Message);
        var latest = await _kit.ManagerAsync(m => m.GetAsync(jyjEditor, item.ContentItemId, ContentVersionOption.Latest));
        Assert.Equal(("教育局的通知", 1, jyj.Id), (latest!.Title, latest.VersionNumber, latest.SectionId));
        var denied = await _kit.AuditAsync(AuditEventTypes.ContentAccessDenied, item.ContentItemId);
        Assert.Equal(2, denied.Count);
        Assert.All(denied, r => Assert.False(r.Succeeded));
        Assert.Contains(denied, r => r.UserName == "czj_editor");
        Assert.Single(await _kit.AuditAsync(AuditEventTypes.ContentAccessDenied, jyj.Code));
        Assert.Equal(1, await _kit.CountItemsAsync(type.Name));
    }

    [Fact]
    public async Task StaffWithoutSectionRightsCannotPublishDeleteOrSeeHistory()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var staff = await _kit.UserAsync("staff");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "草稿")));

        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.PublishAsync(staff, item.ContentItemId)));
        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(async m => { await m.DeleteAsync(staff, item.ContentItemId); return 0; }));
        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.GetVersionsAsync(staff, item.ContentItemId)));
        await Assert.ThrowsAsync<ContentForbiddenException>(() => _kit.ManagerAsync(m => m.RestoreAsync(staff, item.ContentItemId, 1)));
        Assert.Null(await _kit.ManagerAsync(m => m.GetVersionAsync(staff, item.ContentItemId, 1)));
        Assert.False((await _kit.ManagerAsync(m => m.GetAsync(editor, item.ContentItemId, ContentVersionOption.Latest)))!.HasPublished);
    }

    [Fact]
    public async Task SoftDeleteHidesTheItemEverywhereAndIsAudited()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var item = await _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, section, "要删除的通知")));
        await _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        await _kit.ManagerAsync(async m => { await m.DeleteAsync(editor, item.ContentItemId); return 0; });

        Assert.Null(await _kit.ManagerAsync(m => m.GetAsync(editor, item.ContentItemId, ContentVersionOption.Latest)));
        Assert.Equal(0, (await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code })).TotalCount);
        var admin = await _kit.WithAsync(async sp => await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IContentQuery>(sp).ListForAdminAsync(editor, new ContentAdminQuery { SectionId = section.Id }));
        Assert.Empty(admin.Items);
        await Assert.ThrowsAsync<ContentNotFoundException>(() => _kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId)));
        var record = Assert.Single(await _kit.AuditAsync(AuditEventTypes.ContentDeleted, item.ContentItemId));
        Assert.Equal("jyj_editor", record.UserName);
        Assert.Contains("要删除的通知", record.Detail);
        Assert.Equal(1, await _kit.CountItemsAsync(type.Name));
    }

    [Fact]
    public async Task AdminListShowsOnlySectionsTheCallerEditsOrReviews()
    {
        var type = await _kit.CreateTypeAsync();
        var jyj = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var czj = await _kit.CreateSectionAsync(editors: ["czj_editor"], reviewers: ["jyj_editor"]);
        var jyjEditor = await _kit.UserAsync("jyj_editor");
        var czjEditor = await _kit.UserAsync("czj_editor");
        await _kit.ManagerAsync(m => m.CreateAsync(jyjEditor, ContentCoreTestKit.Input(type, jyj, "教育局草稿")));
        await _kit.ManagerAsync(m => m.CreateAsync(czjEditor, ContentCoreTestKit.Input(type, czj, "财政局草稿")));

        var forJyj = await _kit.WithAsync(async sp => await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IContentQuery>(sp).ListForAdminAsync(jyjEditor, new ContentAdminQuery { ContentType = type.Name }));
        var forCzj = await _kit.WithAsync(async sp => await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IContentQuery>(sp).ListForAdminAsync(czjEditor, new ContentAdminQuery { ContentType = type.Name }));
        var staff = await _kit.WithAsync(async sp => await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IContentQuery>(sp).ListForAdminAsync(await _kit.UserAsync("staff"), new ContentAdminQuery { ContentType = type.Name }));

        Assert.Equal(["财政局草稿", "教育局草稿"], forJyj.Items.Select(r => r.Title));
        Assert.Equal([(false, true), (true, false)], forJyj.Items.Select(r => (r.CanEdit, r.CanReview)));
        Assert.Equal(["财政局草稿"], forCzj.Items.Select(r => r.Title));
        Assert.Empty(staff.Items);
    }
}
