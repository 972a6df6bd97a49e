using Anshun.Contents.Models;
using Anshun.Contents.Sections;
using Anshun.Core.Security;

namespace Anshun.Contents.Tests.Sections;

public sealed class SectionAccessCalculatorTests
{
    private static readonly AccessSubject Staff = Subject("u-staff", ["Staff"], ["szf", "jyj"]);

    [Fact]
    public void ASectionWithoutReaderRulesIsReadableByAnyone()
    {
        var access = SectionAccessCalculator.Compute([Section("a")], AccessSubject.Anonymous, managesAll: false);

        Assert.True(access.CanRead("a"));
        Assert.False(access.CanEdit("a"));
        Assert.False(access.CanEditAny);
    }

    [Theory]
    [InlineData(PrincipalKind.User, "u-staff", null, true)]
    [InlineData(PrincipalKind.User, "u-other", null, false)]
    [InlineData(PrincipalKind.Role, "Staff", null, true)]
    [InlineData(PrincipalKind.Role, "Leader", null, false)]
    [InlineData(PrincipalKind.Unit, "jyj", null, true)]
    [InlineData(PrincipalKind.Unit, "szf", null, true)]
    [InlineData(PrincipalKind.Unit, "czj", null, false)]
    [InlineData(PrincipalKind.UnitRole, "jyj", "Staff", true)]
    [InlineData(PrincipalKind.UnitRole, "jyj", "DepartmentEditor", false)]
    [InlineData(PrincipalKind.UnitRole, "czj", "Staff", false)]
    public void EveryPrincipalKindDecidesReadingEditingAndReviewing(PrincipalKind kind, string value, string? role, bool matches)
    {
        var principal = new PrincipalRule(kind, value, role);
        var sections = new[]
        {
            Section("read", rules: [new SectionRule(SectionRole.Reader, principal)]),
            Section("edit", rules: [new SectionRule(SectionRole.Editor, principal)]),
            Section("review", rules: [new SectionRule(SectionRole.Reviewer, principal)]),
        };

        var access = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);

        Assert.Equal(matches, access.CanRead("read"));
        Assert.Equal(matches, access.CanEdit("edit"));
        Assert.Equal(matches, access.CanReview("review"));
        Assert.False(access.CanEdit("read"));
        Assert.False(access.CanReview("edit"));
        Assert.True(access.CanRead("edit"));
    }

    [Fact]
    public void EditorsAndReviewersOfARestrictedSectionMayReadIt()
    {
        var readers = new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Role, "Leader"));
        var sections = new[]
        {
            Section("edited", rules: [readers, new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.User, "u-staff"))]),
            Section("reviewed", rules: [readers, new SectionRule(SectionRole.Reviewer, new PrincipalRule(PrincipalKind.Unit, "jyj"))]),
            Section("closed", rules: [readers]),
        };

        var access = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);

        Assert.True(access.CanRead("edited"));
        Assert.True(access.CanRead("reviewed"));
        Assert.False(access.CanRead("closed"));
    }

    [Fact]
    public void ARestrictedParentHidesEveryDescendantEvenOpenOnes()
    {
        var sections = new[]
        {
            Section("parent", rules: [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Role, "Leader"))]),
            Section("child", parent: "parent"),
            Section("grandchild", parent: "child", rules: [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Role, "Staff"))]),
        };

        var staff = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);
        var leader = SectionAccessCalculator.Compute(sections, Subject("u-leader", ["Leader", "Staff"], []), managesAll: false);

        Assert.Empty(staff.ReadableSectionIds);
        Assert.Equal(["child", "grandchild", "parent"], leader.ReadableSectionIds.Order());
    }

    [Fact]
    public void ARestrictedChildOfAnOpenParentIsHiddenFromOutsidersOnly()
    {
        var sections = new[]
        {
            Section("speeches"),
            Section("internal", parent: "speeches", rules: [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Unit, "szfb"))]),
        };

        var staff = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);
        var office = SectionAccessCalculator.Compute(sections, Subject("u-office", ["Staff"], ["szf", "szfb", "szfb-xxk"]), managesAll: false);

        Assert.True(staff.CanRead("speeches"));
        Assert.False(staff.CanRead("internal"));
        Assert.True(office.CanRead("internal"));
    }

    [Fact]
    public void EditorRulesDoNotPassToSubSections()
    {
        var sections = new[]
        {
            Section("dept-news", rules: [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.Role, "Staff"))]),
            Section("dept-jyj", parent: "dept-news"),
        };

        var access = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);

        Assert.True(access.CanEdit("dept-news"));
        Assert.False(access.CanEdit("dept-jyj"));
    }

    [Fact]
    public void TheOtherDepartmentsEditorIsRefusedItsSection()
    {
        var sections = new[]
        {
            Section("dept-jyj", rules: [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.UnitRole, "jyj", "DepartmentEditor"))]),
            Section("dept-czj", rules: [new SectionRule(SectionRole.Editor, new PrincipalRule(PrincipalKind.UnitRole, "czj", "DepartmentEditor"))]),
        };
        var czjEditor = Subject("u-czj", ["DepartmentEditor", "Staff"], ["szf", "czj"]);

        var access = SectionAccessCalculator.Compute(sections, czjEditor, managesAll: false);

        Assert.True(access.CanEdit("dept-czj"));
        Assert.False(access.CanEdit("dept-jyj"));
        Assert.False(access.CanReview("dept-czj"));
    }

    [Fact]
    public void ManagesAllEditsReviewsAndReadsEveryEnabledSection()
    {
        var sections = new[]
        {
            Section("closed", rules: [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Role, "Leader"))]),
            Section("inner", parent: "closed"),
            Section("off", enabled: false),
        };

        var access = SectionAccessCalculator.Compute(sections, Subject("u-editor", ["Editor"], []), managesAll: true);

        Assert.True(access.ManagesAll);
        Assert.True(access.CanRead("closed"));
        Assert.True(access.CanRead("inner"));
        Assert.True(access.CanEdit("closed"));
        Assert.True(access.CanReview("off"));
        Assert.False(access.CanRead("off"));
    }

    [Fact]
    public void ADisabledSectionAndItsChildrenAreNotReadable()
    {
        var sections = new[] { Section("off", enabled: false), Section("below", parent: "off"), Section("on") };

        var access = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);

        Assert.Equal(["on"], access.ReadableSectionIds);
    }

    [Fact]
    public void TheFingerprintDependsOnlyOnTheReadableSet()
    {
        var sections = new[]
        {
            Section("open"),
            Section("leaders", rules: [new SectionRule(SectionRole.Reader, new PrincipalRule(PrincipalKind.Role, "Leader"))]),
        };

        var staff = SectionAccessCalculator.Compute(sections, Staff, managesAll: false);
        var otherStaff = SectionAccessCalculator.Compute(sections, Subject("u-2", ["Staff"], ["czj"]), managesAll: false);
        var anonymous = SectionAccessCalculator.Compute(sections, AccessSubject.Anonymous, managesAll: false);
        var leader = SectionAccessCalculator.Compute(sections, Subject("u-3", ["Leader"], []), managesAll: false);

        Assert.Equal(staff.Fingerprint, otherStaff.Fingerprint);
        Assert.Equal(staff.Fingerprint, anonymous.Fingerprint);
        Assert.NotEqual(staff.Fingerprint, leader.Fingerprint);
        Assert.Equal(SectionAccessCalculator.Fingerprint(["leaders", "open"]), SectionAccessCalculator.Fingerprint(["open", "leaders"]));
    }

    private static AccessSubject Subject(string userId, string[] roles, string[] units) =>
        new(userId, roles.ToHashSet(), units.ToHashSet(), new HashSet<string>(), SecretLevel.Public);

    private static SectionInfo Section(string id, string? parent = null, SectionRule[]? rules = null, bool enabled = true) =>
        new(id, parent, id, id, 0, parent is null ? id : parent + "/" + id)
        {
            Rules = rules ?? [],
            IsEnabled = enabled,
        };
}
