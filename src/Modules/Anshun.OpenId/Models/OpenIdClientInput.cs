namespace Anshun.OpenId.Models;

/// <summary>
/// A client application as the operator registers it (单点登录应用). <see cref="Type"/> is
/// <c>confidential</c> (with a secret) or <c>public</c> (PKCE only, no secret).
/// </summary>
public sealed record OpenIdClientInput
{
    public string? ClientId { get; init; }

    public string? DisplayName { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<string>? RedirectUris { get; init; }

    public IReadOnlyList<string>? PostLogoutRedirectUris { get; init; }

    /// <summary>授权码（单点登录）.</summary>
    public bool AllowAuthorizationCode { get; init; }

    /// <summary>客户端凭据（系统间接口调用）.</summary>
    public bool AllowClientCredentials { get; init; }

    /// <summary>刷新令牌.</summary>
    public bool AllowRefreshToken { get; init; }

    /// <summary>Role names whose permissions a client-credentials token holds.</summary>
    public IReadOnlyList<string>? Roles { get; init; }
}
