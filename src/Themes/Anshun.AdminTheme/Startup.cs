using System.Text.Encodings.Web;
using System.Text.Unicode;
using Anshun.AdminTheme.Services;
using Anshun.Core.Modules;
using Anshun.Core.Navigation;
using Anshun.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace Anshun.AdminTheme;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        // Razor would otherwise write every Chinese character as &#x...; — pages triple in size and are unreadable as source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddSingleton<IPermissionProvider, AdminPermissions>();
        services.AddScoped<INavigationProvider, AdminNavigation>();
        services.AddScoped<SiteInfoProvider>();
    }
}
