using System.Net;
using Anshun.Testing;

namespace Anshun.Contents.Tests.Admin;

public sealed class ContentTypeAdminControllerTests(ContentAdminSite site) : IClassFixture<ContentAdminSite>
{
    [Theory]
    [InlineData("editor")]
    [InlineData("jyj_editor")]
    [InlineData("staff")]
    public async Task NonSystemUsersAreRefusedTheTypeEditor(string userName)
    {
        var client = await site.LoginAsync(userName);

        ContentAdminTestKit.AssertRefused(await client.GetAsync("/admin/content-types"));
        ContentAdminTestKit.AssertRefused(await client.PostFormAsync("/admin/content-types/create", ("name", "Circular"), ("displayName", "通报")));
    }

    [Fact]
    public async Task TheSystemAdministratorCreatesATypeWithFieldsThatEditorsThenUse()
    {
        var admin = await site.LoginAsync("admin");
        var editor = await site.LoginAsync("editor");

        var created = await admin.PostFormAsync("/admin/content-types/create",
            ("name", "MeetingNotice"), ("displayName", "会议通知"), ("description", "会议时间地点通知"), ("creatable", "true"), ("creatable", "false"),
            ("parts", "Title"), ("parts", "Section"), ("parts", "Body"),
            ("fields[0].name", "MeetingDate"), ("fields[0].displayName", "会议日期"), ("fields[0].type", "Date"), ("fields[0].required", "true"), ("fields[0].required", "false"),
            ("fields[1].name", ""), ("fields[1].displayName", ""),
            ("fields[2].name", "Attendees"), ("fields[2].displayName", "参会人数"), ("fields[2].type", "Number"), ("fields[2].minimum", "1"), ("fields[2].maximum", "500"));
        var list = await admin.GetStringAsync("/admin/content-types");
        var edit = await admin.GetStringAsync("/admin/content-types/MeetingNotice/edit");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("会议通知", list);
        Assert.Contains("会议日期、参会人数", list);
        Assert.Contains("name=\"fields[1].name\" value=\"Attendees\"", edit);
        Assert.Contains("value=\"500\"", edit);
        Assert.Contains("<option value=\"Date\" selected=\"selected\">日期</option>", edit);
        Assert.DoesNotContain("/admin/contents/create/MeetingNotice", await editor.GetStringAsync("/admin/contents"));
    }

    [Fact]
    public async Task ABadFieldIsShownUnderItsRowAndNothingIsSaved()
    {
        var admin = await site.LoginAsync("admin");

        var response = await admin.PostFormAsync("/admin/content-types/create",
            ("name", "BadType"), ("displayName", "错误的类型"), ("parts", "Title"),
            ("fields[0].name", "Limit"), ("fields[0].displayName", "上限"), ("fields[0].type", "Text"), ("fields[0].maxLength", "很多"));
        var html = await response.Content.ReadAsStringAsync();
        var list = await admin.GetStringAsync("/admin/content-types");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("字段“上限”的最大长度须为整数。", html);
        Assert.DoesNotContain("错误的类型", list);
    }

    [Fact]
    public async Task AnUnusedTypeIsDeletedAndAUsedOneIsKept()
    {
        var admin = await site.LoginAsync("admin");
        await admin.PostFormAsync("/admin/content-types/create", ("name", "Scratch"), ("displayName", "临时类型"), ("parts", "Title"));
        var listed = await admin.GetStringAsync("/admin/content-types");
        var editor = await site.LoginAsync("editor");
        var notices = await site.SectionIdAsync("notices");
        await editor.CreateThroughFormAsync("Notice", notices, "确保电子公告类型已被使用", "draft");

        var deleted = await admin.PostFormAsync("/admin/content-types/Scratch/delete");
        var refused = await admin.PostFormAsync("/admin/content-types/Notice/delete");
        var list = await admin.GetStringAsync("/admin/content-types");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/admin/content-types/Scratch/edit", listed);
        Assert.DoesNotContain("/admin/content-types/Scratch/edit", list);
        Assert.Contains("/admin/content-types/Notice/edit", list);
    }
}
