using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Portal;

public sealed class PortalItemPageTests(PortalSite site) : IClassFixture<PortalSite>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task ItemPageShowsUnitSourceFieldsAttachmentsAndCountsTheRead()
    {
        var editor = await site.LoginAsync("editor");
        var attachment = await UploadAsync(editor, "值班安排表.pdf", Pdf);
        var id = await site.PublishAsync(editor, "Notice", "notices", "关于元旦期间值班安排的通知", new
        {
            issuingUnitId = await site.UnitIdAsync("SZFB"),
            source = "市政府办公室秘书科",
            attachmentIds = new[] { attachment },
            fields = new { DocumentNumber = "安府办发〔2026〕99号" },
        });
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync($"/content/{id}");

        Assert.Contains("<h1 class=\"portal-article-title\">关于元旦期间值班安排的通知</h1>", body);
        Assert.Contains("发布单位：安顺市人民政府办公室", body);
        Assert.Contains("来源：市政府办公室秘书科", body);
        Assert.Contains("阅读 1 次", body);
        Assert.Contains("<dt>文号</dt>", body);
        Assert.Contains("安府办发〔2026〕99号", body);
        Assert.Contains("值班安排表.pdf", body);
        Assert.Contains(Convert.ToHexString(SHA256.HashData(Pdf)).ToLowerInvariant(), body.ToLowerInvariant());
        Assert.Contains($"href=\"/content/attachments/{attachment}\"", body);
        Assert.Contains($"href=\"/content/attachments/{attachment}?inline=1\"", body);
        Assert.Contains($"href=\"/content/{id}/print\"", body);
    }

    [Fact]
    public async Task ReadingTwiceCountsOnePerson()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Notice", "notices", "关于调整机关食堂开放时间的通知");
        var staff = await site.LoginAsync("staff");

        await staff.GetStringAsync($"/content/{id}");
        var again = await staff.GetStringAsync($"/content/{id}");

        Assert.Contains("阅读 1 次", again);
    }

    [Fact]
    public async Task PrintViewHasTheArticleWithoutNavigation()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Article", "city-news", "我市召开冬季森林防火工作会议", new { body = "<p>会议要求各地压紧压实责任。</p>" });
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync($"/content/{id}/print");

        Assert.Contains("我市召开冬季森林防火工作会议", body);
        Assert.Contains("会议要求各地压紧压实责任。", body);
        Assert.Contains("id=\"print-now\"", body);
        Assert.DoesNotContain("portal-navbar", body);
        Assert.DoesNotContain("门户导航", body);
    }

    [Fact]
    public async Task UnpublishedItemIsNotFound()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "Article", "city-news", "即将撤回的本市信息");
        var unpublished = await editor.PostAsync($"/api/content/{id}/unpublish", null);
        var staff = await site.LoginAsync("staff");

        var response = await staff.GetAsync($"/content/{id}");

        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SoftwarePackageShowsVersionAndRichTextFields()
    {
        var editor = await site.LoginAsync("editor");
        var id = await site.PublishAsync(editor, "SoftwarePackage", "downloads", "电子公文交换客户端", new
        {
            summary = "公文交换系统的桌面客户端。",
            fields = new JsonObject
            {
                ["Version"] = "3.2.0",
                ["Platform"] = new JsonArray("Windows 10", "统信 UOS"),
                ["InstallGuide"] = "<p>双击安装程序，按<strong>提示</strong>完成。</p>",
            },
        });
        var staff = await site.LoginAsync("staff");

        var body = await staff.GetStringAsync($"/content/{id}");

        Assert.Contains("<dt>版本</dt>", body);
        Assert.Contains("3.2.0", body);
        Assert.Contains("<span class=\"badge portal-tag\">统信 UOS</span>", body);
        Assert.Contains("<h2>安装说明</h2>", body);
        Assert.Contains("双击安装程序，按<strong>提示</strong>完成。", body);
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", fileName);
        var response = await client.PostAsync("/api/content/attachments", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"上传失败：{text}");
        var node = JsonNode.Parse(text)!;
        return (node is JsonArray array ? array[0]! : node["items"]?[0] ?? node)["id"]!.GetValue<string>();
    }
}
