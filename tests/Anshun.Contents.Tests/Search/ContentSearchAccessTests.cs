using Anshun.Contents.Models;
using Anshun.Contents.Search;
using Anshun.Contents.Sections;
using Anshun.Core.Search;
using Anshun.Core.Security;

namespace Anshun.Contents.Tests.Search;

public sealed class ContentSearchAccessTests
{
    private static readonly SectionInfo[] Sections =
    [
        Section("speeches", null, rules: [Rule(SectionRole.Editor, PrincipalKind.Role, "Editor")]),
        Section("internal", "speeches", rules:
        [
            Rule(SectionRole.Reader, PrincipalKind.Role, "Leader"),
            Rule(SectionRole.Reader, PrincipalKind.Unit, "unit-szfb"),
            Rule(SectionRole.Editor, PrincipalKind.Role, "Editor"),
        ]),
        Section("secret", "internal", rules:
        [
            Rule(SectionRole.Reader, PrincipalKind.UnitRole, "unit-szfb", "Leader"),
            Rule(SectionRole.Reviewer, PrincipalKind.User, "u-reviewer"),
        ]),
        Section("dept", null),
        Section("dept-jyj", "dept", rules: [Rule(SectionRole.Editor, PrincipalKind.UnitRole, "unit-jyj", "DepartmentEditor")]),
        Section("closed", null, enabled: false),
        Section("under-closed", "closed"),
    ];

    public static TheoryData<string> Subjects => ["staff-jyj", "editor-jyj", "leader", "office", "office-leader", "reviewer", "editor", "manager"];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void TheIndexOpensExactlyTheSectionsReadersMayRead(string name)
    {
        var subject = Subject(name);
        var manager = subject.HasPermission(ContentsPermissions.ManageAll);
        var readable = SectionAccessCalculator.Compute(Sections, subject, manager).ReadableSectionIds;
        var byId = Sections.ToDictionary(s => s.Id);
        var terms = SearchPrincipal.Of(subject);

        foreach (var section in Sections)
        {
            var access = ContentSearchAccess.For(byId, section.Id);
            var found = access is not null
                && (access.Bypass.Any(p => terms.Contains(p.Term)) || access.Gates.All(g => g.Any(p => terms.Contains(p.Term))));
            Assert.True(readable.Contains(section.Id) == found, $"{name} 对栏目 {section.Id} 的检索权限与栏目阅读权限不一致。");
        }
    }

    [Fact]
    public void EverySectionWithReadersOnThePathIsAGateOfAllItsPrincipals()
    {
        var access = ContentSearchAccess.For(Sections.ToDictionary(s => s.Id), "secret")!;

        Assert.Equal(
            new[] { new[] { "r:Leader", "o:unit-szfb", "r:Editor" }, new[] { "ur:unit-szfb/Leader", "u:u-reviewer" } },
            access.Gates.Select(g => g.Select(p => p.Term).ToArray()).ToArray());
        Assert.Equal(["p:Contents.ManageAll"], access.Bypass.Select(p => p.Term));
    }

    [Fact]
    public void ADisabledOrMissingSectionOnThePathHidesTheItem()
    {
        var byId = Sections.ToDictionary(s => s.Id);

        Assert.Null(ContentSearchAccess.For(byId, "closed"));
        Assert.Null(ContentSearchAccess.For(byId, "under-closed"));
        Assert.Null(ContentSearchAccess.For(byId, "gone"));
        Assert.Empty(ContentSearchAccess.For(byId, "dept-jyj")!.Gates);
    }

    private static AccessSubject Subject(string name) => name switch
    {
        "staff-jyj" => Make("u-staff", units: ["unit-jyj"]),
        "editor-jyj" => Make("u-jyj", roles: ["DepartmentEditor"], units: ["unit-jyj"]),
        "leader" => Make("u-leader", roles: ["Leader"], units: ["unit-szf"]),
        "office" => Make("u-office", units: ["unit-szfb"]),
        "office-leader" => Make("u-oleader", roles: ["Leader"], units: ["unit-szfb"]),
        "reviewer" => Make("u-reviewer", units: ["unit-czj"]),
        "editor" => Make("u-editor", roles: ["Editor"], units: ["unit-szfb"]),
        _ => Make("u-manager", permissions: [ContentsPermissions.ManageAll]),
    };

    private static AccessSubject Make(string userId, string[]? roles = null, string[]? units = null, string[]? permissions = null) =>
        new(userId, new HashSet<string>(roles ?? []), new HashSet<string>(units ?? []), new HashSet<string>(permissions ?? []), SecretLevel.Public);

    private static SectionRule Rule(SectionRole role, PrincipalKind kind, string value, string? unitRole = null) =>
        new(role, new PrincipalRule(kind, value, unitRole));

    private static SectionInfo Section(string id, string? parentId, SectionRule[]? rules = null, bool enabled = true) =>
        new(id, parentId, id, id, 1, parentId is null ? id : parentId + "/" + id) { Rules = rules ?? [], IsEnabled = enabled };
}
