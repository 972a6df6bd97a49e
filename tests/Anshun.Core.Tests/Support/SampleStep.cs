using Anshun.Core.Recipes;

namespace Anshun.Core.Tests.Support;

/// <summary><c>{ "name": "sample", "names": ["..."] }</c>: writes rows through the test module's own context.</summary>
public sealed class SampleStep(SampleDbContext db, TimeProvider time) : IRecipeStepHandler
{
    public string StepName => "sample";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var name in context.Read<List<string>>("names"))
        {
            db.Samples.Add(new SampleRecord { Name = name, CreatedUtc = time.GetUtcNow().UtcDateTime });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
