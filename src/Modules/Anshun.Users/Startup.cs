using Anshun.Core.Data;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Anshun.Core.Setup;
using Anshun.Core.Users;
using Anshun.Users.Authentication;
using Anshun.Users.Data;
using Anshun.Users.Endpoints;
using Anshun.Users.Models;
using Anshun.Users.Recipes;
using Anshun.Users.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Anshun.Users;

/// <summary>
/// Accounts, roles and permissions on ASP.NET Core Identity: the auth cookie (30 minutes idle), lockout,
/// password policy, TOTP, login throttling, 三员分立, the admin pages and the JSON API.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddDbContext<UsersDbContext>(
            (serviceProvider, options) => serviceProvider.GetRequiredService<DatabaseProvider>().ConfigureSharedContext(options),
            ServiceLifetime.Scoped,
            ServiceLifetime.Singleton);

        services.AddIdentity<AnshunUser, AnshunRole>(options =>
            {
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddUserStore<AnshunUserStore>()
            .AddUserManager<AnshunUserManager>()
            .AddClaimsPrincipalFactory<AnshunClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        // The site's policy replaces Identity's fixed rules (see PasswordPolicyValidator).
        services.RemoveAll<IPasswordValidator<AnshunUser>>();
        services.AddScoped<IPasswordValidator<AnshunUser>, PasswordPolicyValidator>();
        services.TryAddScoped(sp => (AnshunUserManager)sp.GetRequiredService<UserManager<AnshunUser>>());

        services.AddScoped<AuthCookieEvents>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Anshun.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.AccessDeniedPath = "/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.EventsType = typeof(AuthCookieEvents);
        });

        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, CachedTicketFormatSetup>();

        services.AddOptions<LoginThrottleOptions>()
            .Bind(context.Configuration.GetSection(LoginThrottleOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.Configure<RateLimiterOptions>(LoginThrottling.Configure);

        services.AddScoped<UserSecurityReader>();
        services.AddScoped<PermissionGrantStore>();
        services.AddScoped<IPermissionGrantStore>(sp => sp.GetRequiredService<PermissionGrantStore>());
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IAccessSubjectResolver, AccessSubjectResolver>();
        services.AddScoped<IUserAccountSummaryReader, UserAccountSummaryReader>();
        services.AddScoped<IAdministratorInitializer, AdministratorInitializer>();
        services.AddScoped<RoleCatalog>();
        services.AddScoped<RoleService>();
        services.AddScoped<IDefaultGrantApplier, DefaultGrantApplier>();
        services.AddScoped<UserInputValidator>();
        services.AddScoped<UserAccountService>();
        services.AddScoped<LoginService>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserQueryService>();
        services.AddScoped<UserDetailReader>();
        services.AddScoped<SecurityAdminService>();
        services.AddScoped<Controllers.UserFormOptions>();

        services.AddSingleton<IPermissionProvider, UsersPermissions>();
        services.AddScoped<INavigationProvider, UsersNavigation>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<PendingActionMiddleware>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AuthEndpoints.Map(endpoints);
        UserApiEndpoints.Map(endpoints);
        SecurityApiEndpoints.Map(endpoints);
        RoleApiEndpoints.Map(endpoints);
    }
}
