using Anshun.Contents.Api;
using Anshun.Contents.Attachments;
using Anshun.Contents.Naming;
using Anshun.Contents.Portal;
using Anshun.Contents.Search;
using Anshun.Contents.Sections;
using Anshun.Contents.Services;
using Anshun.Core.Modules;
using Anshun.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton<IPermissionProvider, ContentsPermissions>();
        ContentCoreServices.Add(services);
        SectionServices.Add(services);
        AttachmentServices.Add(services);
        ContentPortalServices.Add(services);
        AdminUiServices.Add(services);
        ContentSearchServices.Add(services);
        services.AddMemoryCache();
        services.AddScoped<UnitNameLookup>();
        services.AddScoped<ContentDtoMapper>();
        services.AddScoped<ContentListRequestParser>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ContentApi.Map(endpoints);
        SectionApi.Map(endpoints);
        AttachmentApi.Map(endpoints);
    }
}
