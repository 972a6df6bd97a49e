using System.Security.Claims;
using Anshun.Core.Users;
using Anshun.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Tests.Sections;

/// <summary>Signed-in principals for service-level tests, shaped like the login cookie (user id and name).</summary>
internal static class SectionTestSupport
{
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var user = await services.GetRequiredService<IUserDirectory>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"演示用户 {userName} 不存在。");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName)], "Test"));
    }

    public static async Task<T> InScopeAsync<T>(this AnshunSiteFactory factory, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static async Task InScopeAsync(this AnshunSiteFactory factory, Func<IServiceProvider, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
