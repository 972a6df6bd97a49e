using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Sections;

/// <summary>The section rules of the portal recipe as the content API applies them.</summary>
public sealed class SectionContentAccessTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Fact]
    public async Task TheOtherDepartmentsEditorIsRefusedAndTheOwnDepartmentsEditorIsNot()
    {
        var czjEditor = await factory.LoginAsync("czj_editor");

        var foreign = await czjEditor.PostAsJsonAsync("/api/content",
            new { contentType = "Article", sectionId = "dept-jyj", title = "财政局写到教育局栏目", body = "<p>越权。</p>" });
        var own = await czjEditor.PostAsJsonAsync("/api/content",
            new { contentType = "Article", sectionId = "dept-czj", title = "财政局本单位信息", body = "<p>本单位。</p>" });

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.True(own.IsSuccessStatusCode, await own.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADepartmentEditorCannotPublishWhereTheSectionRequiresReview()
    {
        var jyjEditor = await factory.LoginAsync("jyj_editor");
        var created = await jyjEditor.PostAsJsonAsync("/api/content",
            new { contentType = "Article", sectionId = "dept-jyj", title = "教育局开展校园安全检查", body = "<p>检查。</p>" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentItemId").GetString();

        var publish = await jyjEditor.PostAsync($"/api/content/{id}/publish", null);
        var reviewer = await factory.LoginAsync("jyj_reviewer");
        var submit = await jyjEditor.PostAsync($"/api/content/{id}/submit", null);
        var approve = await reviewer.PostAsJsonAsync($"/api/content/{id}/approve", new { opinion = "同意发布。" });

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.True(submit.IsSuccessStatusCode, await submit.Content.ReadAsStringAsync());
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
    }
}
