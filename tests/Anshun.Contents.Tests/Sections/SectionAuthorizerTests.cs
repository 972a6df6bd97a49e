using Anshun.Contents.Services;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

/// <summary>The portal recipe's section rules as the demo users meet them (real site, real org tree and roles).</summary>
public sealed class SectionAuthorizerTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Fact]
    public async Task ADepartmentEditorEditsOnlyItsOwnDepartmentsSection()
    {
        var (jyj, czj) = await factory.InScopeAsync(async services =>
        {
            var authorizer = services.GetRequiredService<ISectionAuthorizer>();
            var sections = services.GetRequiredService<ISectionStore>();
            var jyjSection = (await sections.FindAsync("dept-jyj"))!.Id;
            var czjSection = (await sections.FindAsync("dept-czj"))!.Id;
            var access = await authorizer.GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "czj_editor"));
            return (access.CanEdit(jyjSection), access.CanEdit(czjSection));
        });

        Assert.False(jyj);
        Assert.True(czj);
    }

    [Fact]
    public async Task TheDepartmentReviewerReviewsButDoesNotEditItsSection()
    {
        var (edit, review, otherReview) = await factory.InScopeAsync(async services =>
        {
            var sections = services.GetRequiredService<ISectionStore>();
            var access = await services.GetRequiredService<ISectionAuthorizer>()
                .GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "jyj_reviewer"));
            var jyjSection = (await sections.FindAsync("dept-jyj"))!.Id;
            return (access.CanEdit(jyjSection), access.CanReview(jyjSection), access.CanReview((await sections.FindAsync("dept-czj"))!.Id));
        });

        Assert.False(edit);
        Assert.True(review);
        Assert.False(otherReview);
    }

    [Fact]
    public async Task ThePortalEditorManagesAllSectionsThroughItsPermission()
    {
        var (managesAll, editsDepartment, readsInternal) = await factory.InScopeAsync(async services =>
        {
            var sections = services.GetRequiredService<ISectionStore>();
            var access = await services.GetRequiredService<ISectionAuthorizer>()
                .GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "editor"));
            return (access.ManagesAll, access.CanEdit((await sections.FindAsync("dept-jyj"))!.Id),
                access.CanRead((await sections.FindAsync("speeches-internal"))!.Id));
        });

        Assert.True(managesAll);
        Assert.True(editsDepartment);
        Assert.True(readsInternal);
    }

    [Fact]
    public async Task InternalSpeechesAreReadByLeadersAndTheOfficeOnly()
    {
        async Task<bool> ReadsAsync(string userName) => await factory.InScopeAsync(async services =>
        {
            var section = (await services.GetRequiredService<ISectionStore>().FindAsync("speeches-internal"))!;
            var access = await services.GetRequiredService<ISectionAuthorizer>()
                .GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, userName));
            return access.CanRead(section.Id);
        });

        Assert.False(await ReadsAsync("staff"));
        Assert.False(await ReadsAsync("jyj_editor"));
        Assert.True(await ReadsAsync("leader"));
        Assert.True(await ReadsAsync("auditor"));
    }

    [Fact]
    public async Task CallersWithTheSameReadableSectionsShareAFingerprint()
    {
        var (staff, czj, leader) = await factory.InScopeAsync(async services =>
        {
            var authorizer = services.GetRequiredService<ISectionAuthorizer>();
            return (
                (await authorizer.GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "staff"))).Fingerprint,
                (await authorizer.GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "czj_editor"))).Fingerprint,
                (await authorizer.GetAccessAsync(await SectionTestSupport.PrincipalAsync(services, "leader"))).Fingerprint);
        });

        Assert.Equal(staff, czj);
        Assert.NotEqual(staff, leader);
    }
}
