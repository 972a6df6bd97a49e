using Anshun.Core.Search;
using Anshun.Core.Security;
using Anshun.FileLibrary.Models;
using Anshun.FileLibrary.Search;
using Anshun.FileLibrary.Services;

namespace Anshun.FileLibrary.Tests.Search;

public sealed class FileSearchAccessTests
{
    private static readonly FileFolder[] Folders =
    [
        new() { Id = "root", Name = "教育局内部资料" },
        new() { Id = "child", ParentId = "root", Name = "会议材料" },
        new() { Id = "narrow", ParentId = "root", Name = "人事" },
        new() { Id = "deep", ParentId = "narrow", Name = "干部任免" },
        new() { Id = "open", Name = "通知文件" },
        new() { Id = "managed", ParentId = "open", Name = "财务表格" },
    ];

    private static readonly FolderRule[] Rules =
    [
        new() { FolderId = "root", Role = FolderRuleRole.Reader, Kind = PrincipalKind.Unit, Value = "unit-jyj" },
        new() { FolderId = "narrow", Role = FolderRuleRole.Reader, Kind = PrincipalKind.Role, Value = "HrOfficer" },
        new() { FolderId = "narrow", Role = FolderRuleRole.Reader, Kind = PrincipalKind.UnitRole, Value = "unit-jyj", UnitRole = "Leader" },
        new() { FolderId = "root", Role = FolderRuleRole.Manager, Kind = PrincipalKind.User, Value = "u-manager" },
        new() { FolderId = "managed", Role = FolderRuleRole.Manager, Kind = PrincipalKind.UnitRole, Value = "unit-czj", UnitRole = "DepartmentEditor" },
        new() { FolderId = "managed", Role = FolderRuleRole.Reader, Kind = PrincipalKind.Unit, Value = "unit-czj" },
    ];

    public static TheoryData<string> Subjects => ["staff-jyj", "hr-czj", "hr-jyj", "leader-jyj", "manager", "editor-czj", "staff-czj", "filer", "anonymous"];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void TheIndexOpensExactlyTheFoldersTheFileLibraryLetsOneRead(string name)
    {
        var subject = Subject(name);
        var tree = FolderTreeBuilder.Build(Folders, Rules, subject);
        var access = new FileSearchAccess(Folders, Rules);
        var terms = SearchPrincipal.Of(subject);

        foreach (var folder in Folders)
        {
            Assert.True(
                tree.Find(folder.Id)!.CanRead == Opens(access.For(folder.Id)!, terms, subject.IsAuthenticated),
                $"{name} 对文件夹 {folder.Id} 的检索权限与文件库不一致。");
        }
    }

    [Fact]
    public void EachFolderNamingReadersIsAGateAndManagersOnThePathBypass()
    {
        var access = new FileSearchAccess(Folders, Rules).For("deep")!;

        Assert.Equal(
            new[] { new[] { "o:unit-jyj" }, new[] { "r:HrOfficer", "ur:unit-jyj/Leader" } },
            access.Gates.Select(g => g.Select(p => p.Term).ToArray()).ToArray());
        Assert.Equal(["p:FileLibrary.Manage", "u:u-manager"], access.Bypass.Select(p => p.Term));
    }

    [Fact]
    public void AMissingFolderHasNoAccessAndASubtreeListsEveryFolderBelow()
    {
        var access = new FileSearchAccess(Folders, Rules);

        Assert.Null(access.For("gone"));
        Assert.Equal(["root", "child", "narrow", "deep"], access.Subtree("root").Order(Comparer<string>.Create(ByPosition)));
        Assert.Equal(["教育局内部资料", "人事", "干部任免"], access.PathOf("deep").Select(f => f.Name));
    }

    private static int ByPosition(string a, string b) =>
        Array.FindIndex(Folders, f => f.Id == a).CompareTo(Array.FindIndex(Folders, f => f.Id == b));

    /// <summary>The index's rule: anonymous callers are refused before the query; else a bypass term or every gate.</summary>
    private static bool Opens(SearchAccess access, IReadOnlySet<string> terms, bool signedIn) =>
        signedIn && (access.Bypass.Any(p => terms.Contains(p.Term)) || access.Gates.All(g => g.Any(p => terms.Contains(p.Term))));

    private static AccessSubject Subject(string name) => name switch
    {
        "staff-jyj" => Make("u-staff", units: ["unit-jyj"]),
        "hr-czj" => Make("u-hr1", roles: ["HrOfficer"], units: ["unit-czj"]),
        "hr-jyj" => Make("u-hr2", roles: ["HrOfficer"], units: ["unit-jyj"]),
        "leader-jyj" => Make("u-leader", roles: ["Leader"], units: ["unit-jyj"]),
        "manager" => Make("u-manager", units: ["unit-czj"]),
        "editor-czj" => Make("u-editor", roles: ["DepartmentEditor"], units: ["unit-czj"]),
        "staff-czj" => Make("u-staff2", units: ["unit-czj"]),
        "filer" => Make("u-filer", permissions: [FileLibraryPermissions.Manage]),
        _ => AccessSubject.Anonymous,
    };

    private static AccessSubject Make(string userId, string[]? roles = null, string[]? units = null, string[]? permissions = null) =>
        new(userId, new HashSet<string>(roles ?? []), new HashSet<string>(units ?? []), new HashSet<string>(permissions ?? []), SecretLevel.Public);
}
