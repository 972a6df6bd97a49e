using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Search;
using Anshun.Contents.Services;
using Anshun.Contents.Tests.Core;
using Anshun.Core.Search;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Search;

/// <summary>
/// A rebuild reads items a page at a time (attachments and people looked up once per page); what it yields must be
/// exactly what loading each key alone yields — text, fields, attachments, facets and the section gates.
/// </summary>
public sealed class ContentSearchBatchTests(ContentSearchSite site) : IClassFixture<ContentSearchSite>
{
    private ContentCoreTestKit Kit => site.Kit;

    [Fact]
    public async Task ReadingAPageYieldsExactlyWhatLoadingEachKeyYields()
    {
        var editor = await Kit.UserAsync("editor");
        var editorId = await Kit.UserIdAsync("editor");
        var leaderId = await Kit.UserIdAsync("leader");
        var jyj = await Kit.UnitIdAsync("JYJ");
        var type = await Kit.CreateTypeAsync();
        var open = await Kit.CreateSectionAsync(editors: ["editor"]);
        var restricted = await Kit.CreateSectionAsync(editors: ["editor"], readers: ["leader"]);
        var file = await Kit.WithAsync(sp => sp.GetRequiredService<IAttachmentStore>()
            .SaveAsync(new MemoryStream(SampleFiles.Utf8Text("防汛值班安排表")), "值班表.txt", editorId));

        var withEverything = await PublishedAsync(editor, ContentCoreTestKit.Input(type, open, "批量读取：防汛值班安排", input =>
        {
            input.AttachmentIds = [file.Id];
            input.IssuingUnitId = jyj;
            input.Fields["Contact"] = editorId;
            input.Fields["Unit"] = new JsonArray(jyj);
            input.Fields["Tags"] = new JsonArray("防汛", "值班");
            input.Fields["SpeechDate"] = "2026-11-20";
        }));
        var gated = await PublishedAsync(editor, ContentCoreTestKit.Input(type, restricted, "批量读取：内部通报", input => input.Fields["Contact"] = leaderId));
        var internalSpeech = await PublishedAsync(editor, await InputAsync("Speech", "speeches-internal", "批量读取：常务会议讲话"));
        var notice = await PublishedAsync(editor, await InputAsync("Notice", "notices", "批量读取：冬季安全生产通知"));
        var draft = await Kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, open, "批量读取：草稿")));

        var read = await Kit.WithAsync(async sp =>
        {
            var documents = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
            await foreach (var document in Source(sp).ReadAllAsync(null))
            {
                documents.Add(document.Key, document);
            }

            return documents;
        });

        foreach (var key in new[] { withEverything, gated, internalSpeech, notice })
        {
            var loaded = await Kit.WithAsync(sp => Source(sp).LoadAsync(key));
            Assert.NotNull(loaded);
            Assert.Equal(Describe(loaded), Describe(read[key]));
        }

        Assert.DoesNotContain(draft.ContentItemId, read.Keys);
        var rich = read[withEverything];
        Assert.Contains(new SearchField("联系人", await DisplayNameAsync("editor")), rich.Fields);
        Assert.Contains(new SearchField("相关单位", "安顺市教育局"), rich.Fields);
        Assert.Contains(new SearchField("讲话日期", "2026年11月20日"), rich.Fields);
        await using (var stream = await Assert.Single(rich.Attachments).OpenAsync(CancellationToken.None))
        {
            Assert.Equal("防汛值班安排表", await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync());
        }

        Assert.Contains(new SearchField("联系人", await DisplayNameAsync("leader")), read[gated].Fields);
        Assert.Contains(SearchPrincipal.User(leaderId), Assert.Single(read[gated].Access.Gates));
        Assert.Single(read[internalSpeech].Access.Gates);
        Assert.Empty(read[notice].Access.Gates);
    }

    private static ContentSearchSource Source(IServiceProvider services) =>
        (ContentSearchSource)services.GetServices<ISearchIndexSource>().Single(s => s.Name == ContentSearchSource.SourceName);

    private async Task<string> PublishedAsync(ClaimsPrincipal editor, ContentInput input)
    {
        var item = await Kit.ManagerAsync(m => m.CreateAsync(editor, input));
        await Kit.ManagerAsync(m => m.PublishAsync(editor, item.ContentItemId));
        return item.ContentItemId;
    }

    private async Task<ContentInput> InputAsync(string typeName, string sectionCode, string title)
    {
        var (type, section) = await Kit.WithAsync(async sp => (
            (await sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync(typeName))!,
            (await sp.GetRequiredService<ISectionStore>().FindAsync(sectionCode))!));
        var input = ContentCoreTestKit.Input(type, section, title);
        if (typeName != "Notice")
        {
            input.Fields.Remove("DocumentNumber");
        }

        if (typeName == "Speech")
        {
            input.Fields["Speaker"] = "李华";
        }

        return input;
    }

    private Task<string> DisplayNameAsync(string userName) =>
        Kit.WithAsync(async sp => (await sp.GetRequiredService<Anshun.Core.Users.IUserDirectory>().FindByNameAsync(userName))!.DisplayName);

    /// <summary>Everything the index takes from a document, attachments by name and type (their streams open lazily).</summary>
    private static string Describe(SearchDocument document) => JsonSerializer.Serialize(new
    {
        document.Source,
        document.Key,
        document.Type,
        document.Url,
        document.Title,
        document.Summary,
        document.Body,
        document.Fields,
        document.DocumentNumbers,
        Attachments = document.Attachments.Select(a => new { a.FileName, a.MediaType }),
        document.Facets,
        document.PublishedUtc,
        document.SecretLevel,
        Gates = document.Access.Gates.Select(g => g.Select(p => p.Term)),
        Bypass = document.Access.Bypass.Select(p => p.Term),
    });
}
