using Anshun.Core.Security;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Services;

namespace Anshun.FileLibrary.Tests.Services;

public sealed class FolderTreeBuilderTests
{
    private static readonly FileFolder Root = new() { Id = "root", Name = "教育局内部资料" };
    private static readonly FileFolder Inherits = new() { Id = "child", ParentId = "root", Name = "会议材料" };
    private static readonly FileFolder Narrower = new() { Id = "narrow", ParentId = "root", Name = "人事" };
    private static readonly FileFolder Open = new() { Id = "open", Name = "通知文件", SortOrder = -1 };

    private static readonly FolderRule[] Rules =
    [
        new() { FolderId = "root", Role = FolderRuleRole.Reader, Kind = PrincipalKind.Unit, Value = "unit-jyj" },
        new() { FolderId = "narrow", Role = FolderRuleRole.Reader, Kind = PrincipalKind.Role, Value = "HrOfficer" },
        new() { FolderId = "root", Role = FolderRuleRole.Manager, Kind = PrincipalKind.User, Value = "u-manager" },
    ];

    [Fact]
    public void AFolderWithoutReadersInheritsItsParents()
    {
        var tree = Build(Subject("u-staff", units: ["unit-jyj"]));

        Assert.True(tree.Find("child")!.CanRead);
        Assert.False(tree.Find("narrow")!.CanRead);
        Assert.False(tree.Find("child")!.CanManage);
    }

    [Fact]
    public void OwnReadersStillNeedTheParentReadable()
    {
        var tree = Build(Subject("u-other", roles: ["HrOfficer"], units: ["unit-czj"]));

        Assert.False(tree.Find("root")!.CanRead);
        Assert.False(tree.Find("narrow")!.CanRead);
        Assert.True(tree.Find("open")!.CanRead);
    }

    [Fact]
    public void ManagersManageAndReadEverythingBelow()
    {
        var tree = Build(Subject("u-manager", units: ["unit-czj"]));

        Assert.True(tree.Find("narrow")!.CanManage);
        Assert.True(tree.Find("narrow")!.CanRead);
        Assert.False(tree.Find("open")!.CanManage);
    }

    [Fact]
    public void TheLibrarianManagesAllAndFoldersComeParentsFirstBySortOrder()
    {
        var tree = Build(Subject("u-filer", permissions: [FileLibraryPermissions.Manage]));

        Assert.All(tree.All, n => Assert.True(n.CanManage));
        Assert.Equal(["open", "root", "narrow", "child"], tree.All.Select(n => n.Id));
        Assert.Equal("教育局内部资料 / 会议材料", tree.Find("child")!.PathText);
    }

    [Fact]
    public void AnonymousCallersSeeNothing() =>
        Assert.Empty(Build(AccessSubject.Anonymous).Readable);

    private static FolderTree Build(AccessSubject subject) => FolderTreeBuilder.Build([Root, Inherits, Narrower, Open], Rules, subject);

    private static AccessSubject Subject(string userId, string[]? roles = null, string[]? units = null, string[]? permissions = null) =>
        new(userId, new HashSet<string>(roles ?? []), new HashSet<string>(units ?? []), new HashSet<string>(permissions ?? []), SecretLevel.Public);
}
