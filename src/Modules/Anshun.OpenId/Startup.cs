using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.OpenId.Data;
using Anshun.OpenId.Endpoints;
using Anshun.OpenId.Recipes;
using Anshun.OpenId.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anshun.OpenId;

/// <summary>
/// The portal as OpenID Connect provider (OpenIddict): authorization code + PKCE for single sign-on,
/// client credentials for system-to-system tokens, refresh tokens; bearer tokens accepted under /api
/// beside the cookie; the client admin; and the OpenAPI document of the JSON API.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var section = context.Configuration.GetSection("Anshun:OpenId");
        var requireHttps = section.GetValue("RequireHttps", true);
        var issuer = section.GetValue<string?>("Issuer");

        services.AddModuleDbContext<OpenIdDbContext>();
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<OpenIdDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/endsession");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess, OpenIdConstants.ApiScope);
                options.SetAccessTokenLifetime(TimeSpan.FromMinutes(30));
                options.SetRefreshTokenLifetime(TimeSpan.FromHours(8));

                // Signed JWT access tokens: other systems of the intranet can validate them with the JWKS.
                options.DisableAccessTokenEncryption();
                if (!string.IsNullOrEmpty(issuer))
                {
                    options.SetIssuer(new Uri(issuer));
                }

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!requireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();
                options.UseAspNetCore();
                options.AddEventHandler(TokenSubjectValidationHandler.Descriptor);
                options.AddEventHandler(UserTokenIdentityHandler.Descriptor);
            });

        services.AddSingleton<OpenIdKeyStore>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, OpenIdServerKeysSetup>();

        // The bearer token when the request carries one, the Identity cookie otherwise.
        services.AddAuthentication().AddPolicyScheme(OpenIdConstants.SmartScheme, "令牌或登录 Cookie", options =>
            options.ForwardDefaultSelector = context => HasBearer(context)
                ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : IdentityConstants.ApplicationScheme);
        services.AddSingleton<AuthenticationSchemeProvider>();
        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, OpenIdRequestSchemeFilter>());
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = OpenIdConstants.SmartScheme;
            options.DefaultChallengeScheme = OpenIdConstants.SmartScheme;
            options.DefaultForbidScheme = OpenIdConstants.SmartScheme;
        });

        services.AddScoped<OpenIdPrincipalFactory>();
        services.AddScoped<ClientRoleReader>();
        services.AddScoped<OpenIdClientValidator>();
        services.AddScoped<OpenIdClientService>();
        services.AddScoped<IPermissionGrantStore, TokenPermissionGrantStore>(); // decorates the users module's store
        services.AddSingleton<IPermissionProvider, OpenIdPermissions>();
        services.AddScoped<INavigationProvider, OpenIdNavigation>();
        services.AddScoped<IRecipeStepHandler, OpenIdApplicationStep>();

        ApiDocumentation.AddServices(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ConnectEndpoints.Map(endpoints);
        OpenIdClientApi.Map(endpoints);
        ApiDocumentation.Map(endpoints);
    }

    private static bool HasBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
