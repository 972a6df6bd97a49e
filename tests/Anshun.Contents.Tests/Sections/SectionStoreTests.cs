using Anshun.Contents.Models;
using Anshun.Contents.Sections;
using Anshun.Contents.Services;
using Anshun.Core.Security;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

public sealed class SectionStoreTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Theory]
    [InlineData("Upper", "代码大写", "code", "栏目代码只能由小写字母、数字和连字符组成，以字母或数字开头，最长 64 个字符。")]
    [InlineData("-lead", "连字符开头", "code", "栏目代码只能由小写字母、数字和连字符组成，以字母或数字开头，最长 64 个字符。")]
    [InlineData("", "无代码", "code", "请填写栏目代码。")]
    [InlineData("downloads", "重复", "code", "栏目代码“downloads”已被栏目“软件下载”使用。")]
    [InlineData("no-name", " ", "name", "请填写栏目名称。")]
    public async Task BadCodesAndNamesAreRefused(string code, string name, string field, string message)
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", null, code, name, 0, "")));

        Assert.Equal((field, message), (error.Field, error.Message));
    }

    [Fact]
    public async Task UnknownParentsUnitsTypesAndPrincipalsAreRefused()
    {
        var parent = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", "missing", "x-parent", "甲", 0, "")));
        var unit = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", null, "x-unit", "乙", 0, "") { OwnerUnitId = "missing" }));
        var type = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", null, "x-type", "丙", 0, "") { ContentTypes = ["Memo"] }));
        var role = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", null, "x-role", "丁", 0, "")
        {
            Rules = [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.Role, "NoSuchRole"))],
        }));
        var user = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(new SectionInfo("", null, "x-user", "戊", 0, "")
        {
            Rules = [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.User, "no-such-id"))],
        }));

        Assert.Equal(("parentId", "上级栏目不存在。"), (parent.Field, parent.Message));
        Assert.Equal(("ownerUnitId", "所属单位不存在。"), (unit.Field, unit.Message));
        Assert.Equal(("contentTypes", "内容类型“Memo”不存在。"), (type.Field, type.Message));
        Assert.Equal(("rules", "授权中的角色“NoSuchRole”不存在。"), (role.Field, role.Message));
        Assert.Equal("rules", user.Field);
        Assert.Null(await FindAsync("x-parent"));
    }

    [Fact]
    public async Task ASectionCannotMoveBelowItself()
    {
        var top = await SaveAsync(new SectionInfo("", null, "cycle-top", "上", 0, ""));
        var below = await SaveAsync(new SectionInfo("", top.Id, "cycle-below", "下", 0, ""));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(top with { ParentId = below.Id }));
        var self = await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(top with { ParentId = top.Id }));

        Assert.Equal("parentId", error.Field);
        Assert.Equal("parentId", self.Field);
        Assert.Null((await FindAsync("cycle-top"))!.ParentId);
    }

    [Fact]
    public async Task MovingASectionMovesItsSubtreePaths()
    {
        var a = await SaveAsync(new SectionInfo("", null, "move-a", "甲", 0, ""));
        var b = await SaveAsync(new SectionInfo("", null, "move-b", "乙", 0, ""));
        var child = await SaveAsync(new SectionInfo("", a.Id, "move-child", "子", 0, ""));
        var grandchild = await SaveAsync(new SectionInfo("", child.Id, "move-grandchild", "孙", 0, ""));

        await SaveAsync(child with { ParentId = b.Id });

        Assert.Equal($"{b.Id}/{child.Id}", (await FindAsync("move-child"))!.Path);
        Assert.Equal($"{b.Id}/{child.Id}/{grandchild.Id}", (await FindAsync("move-grandchild"))!.Path);
    }

    [Fact]
    public async Task DeletingRefusesASectionWithChildrenAndRemovesAnEmptyOne()
    {
        var parent = await SaveAsync(new SectionInfo("", null, "del-parent", "父", 0, ""));
        var child = await SaveAsync(new SectionInfo("", parent.Id, "del-child", "子", 0, "")
        {
            Rules = [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.Role, "Editor"))],
        });

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => InStoreAsync(s => s.DeleteAsync(parent.Id)));
        await InStoreAsync(s => s.DeleteAsync(child.Id));

        Assert.Equal("栏目“父”还有下级栏目，不能删除。", error.Message);
        Assert.Null(await FindAsync("del-child"));
        Assert.NotNull(await FindAsync("del-parent"));
    }

    [Fact]
    public async Task AnotherNodeSeesAChangeWithinTheCheckInterval()
    {
        await using var second = factory.CreateSecondNode();
        Assert.Null(await second.InScopeAsync(s => s.GetRequiredService<ISectionStore>().FindAsync("node-change")));
        var notices = await second.InScopeAsync(s => s.GetRequiredService<ISectionStore>().FindAsync("notices"));

        await SaveAsync(new SectionInfo("", null, "node-change", "跨节点", 0, ""));
        await SaveAsync(notices! with { Name = "电子公告（跨节点）" });

        // This node sees its own change at once; the other reads the change counter at most once per interval.
        Assert.NotNull(await FindAsync("node-change"));
        Assert.Null(await second.InScopeAsync(s => s.GetRequiredService<ISectionStore>().FindAsync("node-change")));
        second.Time.Advance(SectionTreeCache.CheckInterval);
        Assert.NotNull(await second.InScopeAsync(s => s.GetRequiredService<ISectionStore>().FindAsync("node-change")));
        Assert.Equal("电子公告（跨节点）", (await second.InScopeAsync(s => s.GetRequiredService<ISectionStore>().FindAsync("notices")))!.Name);
        await SaveAsync(notices);
    }

    [Fact]
    public async Task RulesRoundTripAndDuplicatesAreDropped()
    {
        var editor = new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.Role, "Editor"));
        var saved = await SaveAsync(new SectionInfo("", null, "dup-rules", "重复授权", 0, "") { Rules = [editor, editor] });

        Assert.Equal([editor], (await FindAsync("dup-rules"))!.Rules);
        Assert.Equal(saved.Id, (await FindAsync(saved.Id))!.Id);
    }

    private Task<SectionInfo> SaveAsync(SectionInfo section) =>
        factory.InScopeAsync(services => services.GetRequiredService<ISectionStore>().SaveAsync(section));

    private Task<SectionInfo?> FindAsync(string idOrCode) =>
        factory.InScopeAsync(services => services.GetRequiredService<ISectionStore>().FindAsync(idOrCode));

    private Task InStoreAsync(Func<ISectionStore, Task> action) =>
        factory.InScopeAsync(services => action(services.GetRequiredService<ISectionStore>()));
}
