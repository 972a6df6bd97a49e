namespace Anshun.OpenId;

/// <summary>Names shared by the server, the token validation and the admin pages.</summary>
public static class OpenIdConstants
{
    /// <summary>The scope that lets a token call the JSON API (接口访问).</summary>
    public const string ApiScope = "api";

    /// <summary>Claim carried by client-credentials tokens: the client id whose roles grant the permissions.</summary>
    public const string ClientClaim = "anshun_client";

    /// <summary>Claim carried by tokens issued to a signed-in user (authorization code, refresh).</summary>
    public const string UserTokenClaim = "anshun_user";

    /// <summary>Application property holding the role names of a client (client credentials).</summary>
    public const string RolesProperty = "anshun_roles";

    /// <summary>The policy scheme that picks the bearer token or the cookie for each request.</summary>
    public const string SmartScheme = "Anshun.BearerOrCookie";

    public const string AuditClientCreated = "openid.client_created";
    public const string AuditClientUpdated = "openid.client_updated";
    public const string AuditClientDeleted = "openid.client_deleted";
}
