using Anshun.Contents.Services;
using Anshun.Core.Data;
using Anshun.Core.Navigation;
using Anshun.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Sections;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class SectionServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddModuleDbContext<SectionsDbContext>();
        services.AddSingleton<SectionTreeCache>();
        services.AddSingleton<SectionAccessCache>();
        services.AddScoped<ISectionStore, SectionStore>();
        services.AddScoped<ISectionAuthorizer, SectionAuthorizer>();
        services.AddScoped<SectionValidator>();
        services.AddScoped<SectionPrincipals>();
        services.AddScoped<SectionDtoMapper>();
        services.AddScoped<IRecipeStepHandler, SectionsStep>();
        services.AddScoped<INavigationProvider, SectionsNavigation>();
    }
}
