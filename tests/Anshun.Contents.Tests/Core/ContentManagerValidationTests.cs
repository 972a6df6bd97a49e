using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentManagerValidationTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    public static TheoryData<string, string> BadInputs => new()
    {
        { "no-title", "title" },
        { "long-title", "title" },
        { "no-section", "sectionId" },
        { "unknown-section", "sectionId" },
        { "unknown-unit", "issuingUnitId" },
        { "long-summary", "summary" },
        { "long-source", "source" },
        { "past-pin", "pinnedUntilUtc" },
        { "unknown-attachment", "attachments" },
        { "bad-date", "fields.SpeechDate" },
        { "number-too-big", "fields.Copies" },
        { "number-not-number", "fields.Copies" },
        { "javascript-link", "fields.Website" },
        { "protocol-relative-link", "fields.Website" },
        { "long-text-field", "fields.DocumentNumber" },
        { "unknown-user", "fields.Contact" },
        { "unknown-org-unit", "fields.Unit" },
        { "script-in-html-field", "fields.ReleaseNotes" },
        { "script-in-body", "body" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputNamesTheFieldInChineseAndSavesNothing(string problem, string field)
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");
        var input = ContentCoreTestKit.Input(type, section, "通知", i => Break(i, problem));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.CreateAsync(editor, input)));

        Assert.Equal(field, error.Field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        Assert.EndsWith("。", error.Message);
        Assert.Equal(0, await _kit.CountItemsAsync(type.Name));
    }

    [Fact]
    public async Task RequiredFieldMustBeFilled()
    {
        var type = new ContentTypeDefinition(ContentCoreTestKit.Unique("CtSpeech"), "领导讲话")
        {
            Parts = [ContentParts.Title, ContentParts.Section],
            Fields = [new ContentFieldDefinition("Speaker", "讲话人", ContentFieldType.Text) { Required = true }],
        };
        await _kit.WithAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<IContentDefinitionStore>(sp).SaveTypeAsync(type));
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var editor = await _kit.UserAsync("jyj_editor");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _kit.ManagerAsync(m => m.CreateAsync(editor,
            new ContentInput { ContentType = type.Name, SectionId = section.Id, Title = "在全市工作会议上的讲话" })));

        Assert.Equal(("fields.Speaker", "请填写“讲话人”。"), (error.Field, error.Message));
    }

    [Fact]
    public async Task SectionThatDoesNotTakeTheTypeOrIsDisabledIsRefused()
    {
        var type = await _kit.CreateTypeAsync();
        var other = await _kit.CreateTypeAsync();
        var onlyOther = await _kit.CreateSectionAsync(editors: ["jyj_editor"], contentTypes: [other.Name]);
        var disabled = await _kit.CreateSectionAsync(editors: ["jyj_editor"], enabled: false);
        var editor = await _kit.UserAsync("jyj_editor");

        var wrongType = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, onlyOther, "通知"))));
        var off = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _kit.ManagerAsync(m => m.CreateAsync(editor, ContentCoreTestKit.Input(type, disabled, "通知"))));

        Assert.Equal("sectionId", wrongType.Field);
        Assert.Contains("不接受", wrongType.Message);
        Assert.Equal("sectionId", off.Field);
        Assert.Contains("已停用", off.Message);
    }

    [Fact]
    public async Task UnknownContentTypeIsRefused()
    {
        var editor = await _kit.UserAsync("jyj_editor");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            _kit.ManagerAsync(m => m.CreateAsync(editor, new ContentInput { ContentType = "NoSuchType", Title = "x" })));

        Assert.Equal("contentType", error.Field);
    }

    private static void Break(ContentInput input, string problem)
    {
        switch (problem)
        {
            case "no-title": input.Title = "  "; break;
            case "long-title": input.Title = new string('标', 201); break;
            case "no-section": input.SectionId = null; break;
            case "unknown-section": input.SectionId = "no-such-section"; break;
            case "unknown-unit": input.IssuingUnitId = "NO-SUCH-UNIT"; break;
            case "long-summary": input.Summary = new string('摘', 501); break;
            case "long-source": input.Source = new string('源', 101); break;
            case "past-pin": input.Pinned = true; input.PinnedUntilUtc = DateTime.UtcNow.AddDays(-400); break;
            case "unknown-attachment": input.AttachmentIds = ["0000000000000000000000000000dead"]; break;
            case "bad-date": input.Fields["SpeechDate"] = "2026/03/02"; break;
            case "number-too-big": input.Fields["Copies"] = 101; break;
            case "number-not-number": input.Fields["Copies"] = "十二"; break;
            case "javascript-link": input.Fields["Website"] = new JsonObject { ["url"] = "javascript:alert(1)" }; break;
            case "protocol-relative-link": input.Fields["Website"] = "//evil.example/x"; break;
            case "long-text-field": input.Fields["DocumentNumber"] = new string('号', 51); break;
            case "unknown-user": input.Fields["Contact"] = "no-such-user"; break;
            case "unknown-org-unit": input.Fields["Unit"] = new JsonArray("JYJ", "NOPE"); break;
            case "script-in-html-field": input.Fields["ReleaseNotes"] = "<p>说明</p><script>alert(1)</script>"; break;
            case "script-in-body": input.Body = "<p>正文</p><img src=x onerror=alert(1)>"; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem));
        }
    }
}
