using Anshun.Core.Data;
using Anshun.Core.Recipes;
using Anshun.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anshun.Core.Setup;

/// <summary>
/// First run on an empty database: applies the setup recipe and creates <c>admin</c>, all in one
/// transaction, then records that setup is done. Later starts do nothing.
/// </summary>
public sealed class SetupService(
    IServiceScopeFactory scopeFactory,
    IOptions<AnshunOptions> options,
    TimeProvider time,
    ILogger<SetupService> logger)
{
    public async Task RunIfNeededAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var settings = services.GetRequiredService<ISiteSettings>();
        if ((await settings.GetAsync<SetupState>(SetupState.Key, cancellationToken)).CompletedUtc is not null)
        {
            return;
        }

        var recipeName = options.Value.Setup.Recipe;
        var recipe = services.GetRequiredService<IRecipeHarvester>().Find(recipeName)
            ?? throw new RecipeException($"找不到初始化配方“{recipeName}”（Anshun__Setup__Recipe）。");
        logger.LogInformation("First run: applying setup recipe {Recipe}.", recipe.Name);

        string? generatedPassword;
        var session = services.GetRequiredService<IDataSession>();
        await using (var transaction = await session.BeginTransactionAsync(cancellationToken))
        {
            await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
            generatedPassword = await services.GetRequiredService<IAdministratorInitializer>()
                .CreateAdministratorAsync(options.Value.Setup.AdminPassword, cancellationToken);
            await settings.SetAsync(SetupState.Key, new SetupState { CompletedUtc = time.GetUtcNow().UtcDateTime, Recipe = recipe.Name }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Setup recipe {Recipe} applied.", recipe.Name);
        if (generatedPassword is not null)
        {
            // Printed once, on purpose to the console only: it is never stored in clear or logged to files.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine($"  管理员账号：admin    初始密码：{generatedPassword}");
            Console.WriteLine("  此密码只显示这一次，首次登录后必须修改。");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }
}
