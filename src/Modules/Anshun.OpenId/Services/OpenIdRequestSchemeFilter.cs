using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;

namespace Anshun.OpenId.Services;

/// <summary>
/// Offers the OpenIddict server's request handler to the authentication middleware only on the OpenID
/// Connect endpoints (<c>/connect/…</c>, <c>/.well-known/…</c>). Elsewhere it would only work out that the
/// request is none of its business — on every page, a noticeable share of a cached page's work. The
/// validation handler stays everywhere: its request step prepares what bearer authentication reads later.
/// Everything else is the framework's own scheme provider.
/// </summary>
public sealed class OpenIdRequestSchemeFilter(AuthenticationSchemeProvider inner, IHttpContextAccessor httpContextAccessor)
    : IAuthenticationSchemeProvider
{
    private IEnumerable<AuthenticationScheme>? _source;
    private AuthenticationScheme[] _withoutServer = [];

    /// <summary>Whether the path is one OpenIddict serves; every endpoint the module configures lies under these.</summary>
    public static bool IsOpenIdPath(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);

    public async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await inner.GetRequestHandlerSchemesAsync();
        if (httpContextAccessor.HttpContext is not { } context || IsOpenIdPath(context.Request.Path))
        {
            return schemes;
        }

        // The framework hands out the same collection until a scheme is added or removed.
        if (!ReferenceEquals(schemes, _source))
        {
            _withoutServer = schemes.Where(s => s.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ToArray();
            _source = schemes;
        }

        return _withoutServer;
    }

    public Task<IEnumerable<AuthenticationScheme>> GetAllSchemesAsync() => inner.GetAllSchemesAsync();

    public Task<AuthenticationScheme?> GetSchemeAsync(string name) => inner.GetSchemeAsync(name);

    public Task<AuthenticationScheme?> GetDefaultAuthenticateSchemeAsync() => inner.GetDefaultAuthenticateSchemeAsync();

    public Task<AuthenticationScheme?> GetDefaultChallengeSchemeAsync() => inner.GetDefaultChallengeSchemeAsync();

    public Task<AuthenticationScheme?> GetDefaultForbidSchemeAsync() => inner.GetDefaultForbidSchemeAsync();

    public Task<AuthenticationScheme?> GetDefaultSignInSchemeAsync() => inner.GetDefaultSignInSchemeAsync();

    public Task<AuthenticationScheme?> GetDefaultSignOutSchemeAsync() => inner.GetDefaultSignOutSchemeAsync();

    public void AddScheme(AuthenticationScheme scheme) => inner.AddScheme(scheme);

    public bool TryAddScheme(AuthenticationScheme scheme) => inner.TryAddScheme(scheme);

    public void RemoveScheme(string name) => inner.RemoveScheme(name);
}
