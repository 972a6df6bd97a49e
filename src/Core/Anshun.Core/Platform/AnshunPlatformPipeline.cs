using Anshun.Core.Data;
using Anshun.Core.Data.Migrations;
using Anshun.Core.Security;
using Anshun.Core.Setup;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Platform;

public static class AnshunPlatformPipeline
{
    /// <summary>
    /// Builds the request pipeline, migrates every enabled module's tables, runs first-run setup and gives roles
    /// the default grants of modules new to the site.
    /// When this returns the site is ready to serve.
    /// </summary>
    public static async Task<WebApplication> UseAnshunPlatformAsync(this WebApplication app)
    {
        var started = app.Services.GetServices<StartedModule>().ToList();

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The theme's error page answers both: a friendly page for the browser, problem details under /api.
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<ApiBadRequestMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ApiCsrfMiddleware>();
        foreach (var module in started)
        {
            module.Startup.Configure(app);
        }

        app.MapControllers();
        HealthEndpoint.Map(app);
        foreach (var module in started)
        {
            module.Startup.MapEndpoints(app);
        }

        using (StartupLock.Acquire(app.Services.GetRequiredService<DatabaseProvider>(), app.Services.GetRequiredService<AppDataFolder>().Path))
        {
            var migrator = app.Services.GetRequiredService<ModuleMigrator>();
            foreach (var module in started)
            {
                migrator.MigrateUp(module.Module.Id, module.Module.Assembly);
            }

            await app.Services.GetRequiredService<SetupService>().RunIfNeededAsync();
            await using var scope = app.Services.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<IDefaultGrantApplier>() is { } defaults)
            {
                await defaults.ApplyAsync();
            }
        }

        return app;
    }
}
