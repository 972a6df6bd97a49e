using Anshun.OpenId.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace Anshun.OpenId.Tests.Services;

/// <summary>The OpenIddict server handles requests on its endpoints only; other request handlers are never hidden.</summary>
public sealed class OpenIdRequestSchemeFilterTests
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/sections/dzgg", false)]
    [InlineData("/api/content", false)]
    [InlineData("/connectivity", false)]
    [InlineData("/connect/token", true)]
    [InlineData("/connect/authorize", true)]
    [InlineData("/CONNECT/userinfo", true)]
    [InlineData("/.well-known/openid-configuration", true)]
    [InlineData("/.well-known/jwks", true)]
    public async Task ServerOffersItsHandlerOnlyOnItsEndpoints(string path, bool serverOffered)
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { Request = { Path = path } } };
        var filter = new OpenIdRequestSchemeFilter(Provider(), accessor);

        var names = (await filter.GetRequestHandlerSchemesAsync()).Select(s => s.Name).ToList();

        Assert.Contains("Remote.Other", names);
        Assert.Contains(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, names);
        Assert.Equal(serverOffered, names.Contains(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }

    [Fact]
    public async Task AllSchemesAndDefaultsAreTheFrameworksOwn()
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext { Request = { Path = "/" } } };
        var filter = new OpenIdRequestSchemeFilter(Provider(), accessor);

        Assert.Equal(3, (await filter.GetAllSchemesAsync()).Count());
        Assert.NotNull(await filter.GetSchemeAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }

    private static AuthenticationSchemeProvider Provider()
    {
        var options = new AuthenticationOptions();
        options.AddScheme(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, s => s.HandlerType = typeof(OpenIddictServerAspNetCoreHandler));
        options.AddScheme(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, s => s.HandlerType = typeof(OpenIddictValidationAspNetCoreHandler));
        options.AddScheme("Remote.Other", s => s.HandlerType = typeof(OtherRequestHandler));
        return new AuthenticationSchemeProvider(Options.Create(options));
    }

    private sealed class OtherRequestHandler : IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync() => Task.FromResult(false);

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context) => Task.CompletedTask;

        public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

        public Task ChallengeAsync(AuthenticationProperties? properties) => Task.CompletedTask;

        public Task ForbidAsync(AuthenticationProperties? properties) => Task.CompletedTask;
    }
}
