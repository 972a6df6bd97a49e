using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Core;

public sealed class ContentRecipeStepTests(ContentCoreSiteFactory site) : IClassFixture<ContentCoreSiteFactory>
{
    private readonly ContentCoreTestKit _kit = new(site);

    [Fact]
    public async Task ContentDefinitionStepCreatesTypesWithPartsAndFields()
    {
        var name = ContentCoreTestKit.Unique("CtRecipeSpeech");
        await RunAsync("ContentDefinition", $$"""
            {"name":"ContentDefinition","types":[{"name":"{{name}}","displayName":"领导讲话","description":"市领导讲话稿","creatable":true,
              "parts":["Title","Section","Source","Summary","Body","Attachments"],
              "fields":[{"name":"Speaker","displayName":"讲话人","type":"Text","required":true,"maxLength":50,"hint":"姓名与职务","multiple":false,"options":[]},
                        {"name":"SpeechDate","displayName":"讲话日期","type":"Date"}]}]}
            """);

        var type = await _kit.WithAsync(sp => sp.GetRequiredService<IContentDefinitionStore>().GetTypeAsync(name));
        Assert.NotNull(type);
        Assert.Equal(("领导讲话", "市领导讲话稿"), (type.DisplayName, type.Description));
        Assert.Equal(["Title", "Section", "Source", "Summary", "Body", "Attachments"], type.Parts);
        Assert.Equal([("Speaker", ContentFieldType.Text, true, (int?)50), ("SpeechDate", ContentFieldType.Date, false, null)],
            type.Fields.Select(f => (f.Name, f.Type, f.Required, f.MaxLength)));
    }

    [Theory]
    [InlineData("""{"name":"9Bad","displayName":"坏","parts":["Title"]}""", "name")]
    [InlineData("""{"name":"CtBadPart","displayName":"坏","parts":["Title","Nope"]}""", "parts")]
    [InlineData("""{"name":"CtDupField","displayName":"坏","parts":["Title"],"fields":[{"name":"A","displayName":"甲","type":"Text"},{"name":"a","displayName":"乙","type":"Text"}]}""", "fields[1].name")]
    public async Task ContentDefinitionStepNamesTheBadInput(string type, string field)
    {
        var error = await Assert.ThrowsAsync<RecipeStepException>(() => RunAsync("ContentDefinition", $$"""{"name":"ContentDefinition","types":[{{type}}]}"""));

        Assert.Contains($"“{field}”", error.Message);
    }

    [Fact]
    public async Task ContentStepImportsItemsAsTheAuthorPublishedAtTheGivenTime()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"], ownerUnitCode: "JYJ");
        await RunAsync("content", $$"""
            {"name":"content","items":[
              {"contentType":"{{type.Name}}","section":"{{section.Code}}","title":"关于做好元旦春节期间工作的通知","summary":"请各单位做好值班。",
               "body":"<p>各县区人民政府<blink>！</blink></p>","source":"市政府办公室","issuingUnit":"SZFB","importance":"Important",
               "pinned":true,"pinnedUntil":"2099-12-31T00:00:00Z","fields":{"DocumentNumber":"安府办发〔2026〕12号"},
               "author":"editor","publishedUtc":"2026-01-20T02:00:00Z"},
              {"contentType":"{{type.Name}}","section":"{{section.Code}}","title":"草稿","author":"editor"}]}
            """);

        var page = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code });
        var item = Assert.Single(page.Items);
        Assert.Equal(new DateTime(2026, 1, 20, 2, 0, 0, DateTimeKind.Utc), item.PublishedUtc);
        Assert.Equal((ContentImportance.Important, true), (item.Importance, item.IsPinned));
        Assert.Equal(await _kit.UnitIdAsync("SZFB"), item.IssuingUnitId);
        var view = await _kit.ManagerAsync(async m => await m.GetAsync(await _kit.UserAsync("staff"), item.ContentItemId, ContentVersionOption.Published));
        Assert.Equal("<p>各县区人民政府</p>", view!.Body);
        Assert.Equal(await _kit.UserIdAsync("editor"), view.OwnerUserId);
        Assert.Equal("安府办发〔2026〕12号", view.Fields["DocumentNumber"]!.GetValue<string>());
        Assert.Equal(2, await _kit.CountItemsAsync(type.Name));
    }

    [Fact]
    public async Task ContentStepWithOneBadItemKeepsNothing()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);

        var error = await Assert.ThrowsAsync<RecipeStepException>(() => RunAsync("content", $$"""
            {"name":"content","items":[
              {"contentType":"{{type.Name}}","section":"{{section.Code}}","title":"好的一条","author":"editor"},
              {"contentType":"{{type.Name}}","section":"{{section.Code}}","title":"坏的一条","body":"<script>x()</script>","author":"editor"}]}
            """));

        Assert.Contains("第 2 条内容“坏的一条”", error.Message);
        Assert.Contains("“body”", error.Message);
        Assert.Equal(0, await _kit.CountItemsAsync(type.Name));
    }

    [Fact]
    public async Task ContentStepImportsHundredsOfItems()
    {
        var type = await _kit.CreateTypeAsync();
        var section = await _kit.CreateSectionAsync(editors: ["jyj_editor"]);
        var items = new JsonArray();
        for (var i = 0; i < 300; i++)
        {
            items.Add(new JsonObject
            {
                ["contentType"] = type.Name,
                ["section"] = section.Code,
                ["title"] = $"批量导入的信息{i}",
                ["body"] = $"<p>第 {i} 条</p>",
                ["author"] = "editor",
                ["publishedUtc"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i).ToString("O"),
            });
        }

        await RunAsync("content", new JsonObject { ["name"] = "content", ["items"] = items }.ToJsonString());

        var page = await _kit.ListAsync("staff", new ContentListQuery { Section = section.Code, PageSize = 100 });
        Assert.Equal(300, page.TotalCount);
        Assert.Equal("批量导入的信息299", page.Items[0].Title);
    }

    private Task RunAsync(string stepName, string json) => _kit.WithAsync(async sp =>
    {
        var handler = sp.GetServices<IRecipeStepHandler>().Single(h => h.StepName == stepName);
        await handler.ExecuteAsync(new RecipeStepContext("content-tests", 1, JsonNode.Parse(json)!.AsObject()), CancellationToken.None);
    });
}
