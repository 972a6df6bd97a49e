using Anshun.Contents.Data;
using Anshun.Contents.Recipes;
using Anshun.Core.Background;
using Anshun.Core.Data;
using Anshun.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Contents.Services;

/// <summary>Registers this area's services (called from the module's Startup).</summary>
public static class ContentCoreServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddModuleDbContext<ContentsDbContext>();
        services.AddSingleton<ContentTypeCache>();
        services.AddSingleton<ContentHtmlSanitizer>();
        services.AddScoped<IContentDefinitionStore, ContentDefinitionStore>();
        services.AddScoped<ContentAttachmentRules>();
        services.AddScoped<ContentFieldValidator>();
        services.AddScoped<ContentInputValidator>();
        services.AddScoped<ContentEventDispatcher>();
        services.AddScoped<ContentAccessGuard>();
        services.AddScoped<ContentViewFactory>();
        services.AddScoped<ContentWriter>();
        services.AddScoped<ContentReviewFlow>();
        services.AddScoped<ContentScheduler>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ContentQuery>();
        services.AddScoped<IContentQuery>(sp => sp.GetRequiredService<ContentQuery>());
        services.AddScoped<IReadTracker, ReadTracker>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddSingleton<IBackgroundTask, ScheduledPublishingTask>();
    }
}
