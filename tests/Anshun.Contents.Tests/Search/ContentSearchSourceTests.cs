using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Search;
using Anshun.Contents.Services;
using Anshun.Contents.Tests.Core;
using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Search;

public sealed class ContentSearchSourceTests(ContentSearchSite site) : IClassFixture<ContentSearchSite>
{
    private ContentCoreTestKit Kit => site.Kit;

    [Fact]
    public async Task APublishedNoticeLoadsWithTextFieldsFacetsAndAttachments()
    {
        var editor = await Kit.UserAsync("editor");
        var jyj = await Kit.UnitIdAsync("JYJ");
        var editorId = await Kit.UserIdAsync("editor");
        var file = await Kit.WithAsync(sp => sp.GetRequiredService<IAttachmentStore>()
            .SaveAsync(new MemoryStream(SampleFiles.Utf8Text("冬季安全生产检查表")), "检查表.txt", editorId));
        var item = await CreateAsync(editor, "Notice", "notices", "关于做好冬季安全生产工作的通知", input =>
        {
            input.Body = "<p>各单位：</p><p>请于12月10日前报送&amp;汇总。</p>";
            input.IssuingUnitId = jyj;
            input.AttachmentIds = [file.Id];
            input.Fields["DocumentNumber"] = "安府办发〔2026〕12号";
        });
        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        var document = await LoadAsync(item.ContentItemId);

        Assert.NotNull(document);
        Assert.Equal(("content", item.ContentItemId, "Notice", "/content/" + item.ContentItemId), (document.Source, document.Key, document.Type, document.Url));
        Assert.Equal("关于做好冬季安全生产工作的通知", document.Title);
        Assert.Equal("各单位：\n请于12月10日前报送&汇总。", document.Body);
        Assert.Equal("摘要：关于做好冬季安全生产工作的通知", document.Summary);
        Assert.Contains(new SearchField("文号", "安府办发〔2026〕12号"), document.Fields);
        Assert.Contains(new SearchField("来源", "市政府办公室"), document.Fields);
        Assert.Equal(["安府办发〔2026〕12号"], document.DocumentNumbers);
        Assert.Contains(new SearchFacet("type", "Notice", "电子公告"), document.Facets);
        Assert.Contains(new SearchFacet("section", "notices", "电子公告"), document.Facets);
        Assert.Contains(new SearchFacet("unit", "JYJ", "安顺市教育局"), document.Facets);
        Assert.Equal(site.UtcNow, document.PublishedUtc!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Empty(document.Access.Gates);

        var attachment = Assert.Single(document.Attachments);
        Assert.Equal(("检查表.txt", file.MediaType), (attachment.FileName, attachment.MediaType));
        await using var stream = await attachment.OpenAsync(CancellationToken.None);
        Assert.Equal("冬季安全生产检查表", await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync());
    }

    [Fact]
    public async Task DateFieldsAreWrittenAsPeopleSearchThem()
    {
        var editor = await Kit.UserAsync("editor");
        var item = await CreateAsync(editor, "Speech", "speeches", "在全市文旅工作会议上的讲话", input =>
        {
            input.Fields = new Dictionary<string, JsonNode?> { ["Speaker"] = "王明", ["SpeechDate"] = "2026-11-20", ["Occasion"] = "全市文旅工作会议" };
        });
        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        var document = await LoadAsync(item.ContentItemId);

        Assert.NotNull(document);
        Assert.Contains(new SearchField("讲话日期", "2026年11月20日"), document.Fields);
        Assert.Contains(new SearchField("讲话人", "王明"), document.Fields);
        Assert.Contains(new SearchFacet("type", "Speech", "领导讲话"), document.Facets);
    }

    [Fact]
    public async Task AnInternalSpeechIsGatedToLeadersAndTheOfficeNotToEducationStaff()
    {
        var editor = await Kit.UserAsync("editor");
        var item = await CreateAsync(editor, "Speech", "speeches-internal", "在市政府常务会议上的讲话", input =>
        {
            input.Fields = new Dictionary<string, JsonNode?> { ["Speaker"] = "李华" };
        });
        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));

        var document = await LoadAsync(item.ContentItemId);

        Assert.NotNull(document);
        Assert.Equal(
            [new SearchFacet("section", "speeches", "领导讲话"), new SearchFacet("section", "speeches-internal", "内部讲话")],
            document.Facets.Where(f => f.Name == "section"));
        var gate = Assert.Single(document.Access.Gates);
        Assert.Contains(SearchPrincipal.Role("Leader"), gate);
        Assert.Contains(SearchPrincipal.Unit(await Kit.UnitIdAsync("SZFB")), gate);
        Assert.Contains(SearchPrincipal.Role("Editor"), gate);
        Assert.Equal([SearchPrincipal.Permission(ContentsPermissions.ManageAll)], document.Access.Bypass);
        Assert.False(Opens(document.Access, await site.TermsOfAsync("staff")));
        Assert.False(Opens(document.Access, await site.TermsOfAsync("jyj_editor")));
        Assert.True(Opens(document.Access, await site.TermsOfAsync("leader")));
        Assert.True(Opens(document.Access, await site.TermsOfAsync("editor")));
    }

    [Fact]
    public async Task DraftsUnpublishedAndDeletedItemsAreNotFound()
    {
        var editor = await Kit.UserAsync("editor");
        var draft = await CreateAsync(editor, "Notice", "notices", "尚未发布的通知");
        var unpublished = await CreateAsync(editor, "Notice", "notices", "已撤销发布的通知");
        await Kit.ManagerAsync(m => m.PublishAsync(editor, unpublished.ContentItemId));
        await Kit.ManagerAsync(m => m.UnpublishAsync(editor, unpublished.ContentItemId));
        var deleted = await CreateAsync(editor, "Notice", "notices", "已删除的通知");
        await Kit.ManagerAsync(m => m.PublishAsync(editor, deleted.ContentItemId));
        await Kit.ManagerAsync(async m => { await m.DeleteAsync(editor, deleted.ContentItemId); return 0; });

        Assert.Null(await LoadAsync(draft.ContentItemId));
        Assert.Null(await LoadAsync(unpublished.ContentItemId));
        Assert.Null(await LoadAsync(deleted.ContentItemId));
        Assert.Null(await LoadAsync("no-such-item"));
    }

    [Fact]
    public async Task PublishUnpublishAndDeleteEnqueueTheItemButDraftEditsDoNot()
    {
        var editor = await Kit.UserAsync("editor");
        var item = await CreateAsync(editor, "Notice", "notices", "入队测试通知");
        var section = (await Kit.WithAsync(sp => sp.GetRequiredService<ISectionStore>().FindAsync("notices")))!;
        var notice = (await Kit.WithAsync(sp => sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync("Notice")))!;
        await Kit.ManagerAsync(m => m.UpdateAsync(editor, item.ContentItemId, ContentCoreTestKit.Input(notice, section, "入队测试通知（修改）")));
        Assert.DoesNotContain(site.Queue.Tasks, t => t.Value == item.ContentItemId);

        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));
        await Kit.ManagerAsync(m => m.UnpublishAsync(editor, item.ContentItemId));
        await Kit.ManagerAsync(async m => { await m.DeleteAsync(editor, item.ContentItemId); return 0; });

        Assert.Equal(3, site.Queue.Tasks.Count(t => t == ("document", "content", item.ContentItemId)));
    }

    [Fact]
    public async Task ARuleChangeEnqueuesTheSectionScopeAndADisabledSectionHidesItsItems()
    {
        var editor = await Kit.UserAsync("editor");
        var type = await Kit.CreateTypeAsync();
        var parent = await Kit.CreateSectionAsync(editors: ["editor"]);
        var child = await Kit.WithAsync(sp => sp.GetRequiredService<ISectionStore>().SaveAsync(
            new SectionInfo("", parent.Id, parent.Code + "-child", parent.Name + "下级", 1, "")
            {
                Rules = [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.Role, "Editor"))],
            }));
        var item = await Kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, child, "下级栏目中的内容")));
        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));
        Assert.NotNull(await LoadAsync(item.ContentItemId));
        Assert.Contains(item.ContentItemId, await Kit.WithAsync(sp => Source(sp).KeysInScopeAsync("section:" + parent.Id)));

        await Kit.WithAsync(sp => sp.GetRequiredService<ISectionStore>().SaveAsync(parent with { IsEnabled = false }));

        Assert.Contains(("scope", "content", "section:" + parent.Id), site.Queue.Tasks);
        Assert.Null(await LoadAsync(item.ContentItemId));
        Assert.DoesNotContain(await ReadAllKeysAsync(null), k => k == item.ContentItemId);
        Assert.Equal(
            [item.ContentItemId],
            await Kit.WithAsync(sp => Source(sp).KeysInScopeAsync("section:" + child.Id)));
    }

    [Fact]
    public async Task ReadAllIsOrderedResumesAfterAKeyAndMatchesTheCount()
    {
        var editor = await Kit.UserAsync("editor");
        for (var i = 0; i < 3; i++)
        {
            var item = await CreateAsync(editor, "Notice", "notices", "批量通知" + i);
            await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));
        }

        var all = await ReadAllKeysAsync(null);
        var count = await Kit.WithAsync(sp => Source(sp).CountAsync());

        Assert.True(all.Count >= 3);
        Assert.Equal(all.Count, count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(all.Skip(2), await ReadAllKeysAsync(all[1]));
    }

    private static ContentSearchSource Source(IServiceProvider services) =>
        (ContentSearchSource)services.GetServices<ISearchIndexSource>().Single(s => s.Name == "content");

    private Task<SearchDocument?> LoadAsync(string key) => Kit.WithAsync(sp => Source(sp).LoadAsync(key));

    private Task<List<string>> ReadAllKeysAsync(string? after) =>
        Kit.WithAsync(async sp =>
        {
            var keys = new List<string>();
            await foreach (var document in Source(sp).ReadAllAsync(after))
            {
                keys.Add(document.Key);
            }

            return keys;
        });

    private async Task<ContentItemView> CreateAsync(
        ClaimsPrincipal user, string typeName, string sectionCode, string title, Action<ContentInput>? change = null)
    {
        var (type, section) = await Kit.WithAsync(async sp => (
            (await sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync(typeName))!,
            (await sp.GetRequiredService<ISectionStore>().FindAsync(sectionCode))!));
        var input = ContentCoreTestKit.Input(type, section, title, change);
        if (typeName != "Notice" && typeName != "Document")
        {
            input.Fields.Remove("DocumentNumber");
        }

        return await Kit.ManagerAsync(m => m.CreateAsync(user, input));
    }

    /// <summary>The rule the index applies: a bypass term, or every gate opened by one of the reader's terms.</summary>
    private static bool Opens(SearchAccess access, IReadOnlySet<string> terms) =>
        access.Bypass.Any(p => terms.Contains(p.Term)) || access.Gates.All(gate => gate.Any(p => terms.Contains(p.Term)));
}
