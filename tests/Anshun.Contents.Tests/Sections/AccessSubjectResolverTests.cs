using System.Security.Claims;
using Anshun.Core.Organization;
using Anshun.Core.Security;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

public sealed class AccessSubjectResolverTests(SectionSiteFactory factory) : IClassFixture<SectionSiteFactory>
{
    [Fact]
    public async Task ASignedInUserHasAccountRolesUnitsWithAncestorsPermissionsAndSecretLevel()
    {
        var (subject, jyj, szf) = await factory.InScopeAsync(async services =>
        {
            var organization = services.GetRequiredService<IOrganizationService>();
            var resolver = services.GetRequiredService<IAccessSubjectResolver>();
            return (await resolver.ResolveAsync(await SectionTestSupport.PrincipalAsync(services, "jyj_editor")),
                (await organization.FindUnitAsync("JYJ"))!.Id, (await organization.FindUnitAsync("SZF"))!.Id);
        });

        Assert.NotNull(subject.UserId);
        Assert.Equal(["DepartmentEditor", "Staff"], subject.Roles.Order());
        Assert.Contains(jyj, subject.UnitIds);
        Assert.Contains(szf, subject.UnitIds);
        Assert.Equal(2, subject.UnitIds.Count);
        Assert.True(subject.HasPermission("Contents.Edit"));
        Assert.False(subject.HasPermission("Contents.ManageAll"));
        Assert.Equal(SecretLevel.Public, subject.SecretLevel);
    }

    [Fact]
    public async Task TheLeadersSecretLevelComesFromTheAccount()
    {
        var subject = await factory.InScopeAsync(async services =>
            await services.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(await SectionTestSupport.PrincipalAsync(services, "leader")));

        Assert.Equal(SecretLevel.Secret, subject.SecretLevel);
        Assert.Contains("Leader", subject.Roles);
    }

    [Fact]
    public async Task AnAnonymousCallerIsTheAnonymousSubject()
    {
        var subject = await factory.InScopeAsync(services =>
            services.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(new ClaimsPrincipal(new ClaimsIdentity())));

        Assert.Same(AccessSubject.Anonymous, subject);
        Assert.False(subject.IsAuthenticated);
    }

    [Fact]
    public async Task ASignInWaitingForAPasswordChangeIsAnonymous()
    {
        var subject = await factory.InScopeAsync(async services =>
        {
            var principal = await SectionTestSupport.PrincipalAsync(services, "staff");
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(AnshunClaimTypes.PendingAction, "changePassword"));
            return await services.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(principal);
        });

        Assert.Same(AccessSubject.Anonymous, subject);
    }

    [Fact]
    public async Task AClientTokenCarriesItsRolesWithoutAUserOrUnits()
    {
        var subject = await factory.InScopeAsync(services =>
            services.GetRequiredService<IAccessSubjectResolver>().ResolveAsync(new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim("sub", "oa-system"), new Claim("role", "Staff")], "Bearer"))));

        Assert.Null(subject.UserId);
        Assert.Equal(["Staff"], subject.Roles);
        Assert.Empty(subject.UnitIds);
        Assert.True(subject.IsAuthenticated);
    }

    [Fact]
    public async Task TheSubjectIsResolvedOncePerRequest()
    {
        var (first, second) = await factory.InScopeAsync(async services =>
        {
            var resolver = services.GetRequiredService<IAccessSubjectResolver>();
            var principal = await SectionTestSupport.PrincipalAsync(services, "staff");
            return (await resolver.ResolveAsync(principal), await resolver.ResolveAsync(principal));
        });

        Assert.Same(first, second);
    }
}
