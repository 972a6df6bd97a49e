using Anshun.Contents.Data;
using Anshun.Contents.Services;
using Anshun.Core.Data;
using Anshun.Core.Recipes;
using Anshun.Core.Users;

namespace Anshun.Contents.Recipes;

/// <summary>
/// Imports recipe content in one transaction: same validation and sanitization as an editor's save,
/// section rules bypassed (the recipe is trusted configuration), the named author as owner.
/// </summary>
public sealed class ContentImporter(
    ContentsDbContext db,
    IDataSession session,
    IContentDefinitionStore definitions,
    IUserDirectory users,
    ContentInputValidator validator,
    ContentWriter writer,
    TimeProvider time)
{
    /// <returns>How many items were imported.</returns>
    /// <exception cref="RecipeStepException">An entry is invalid; nothing of the step is kept.</exception>
    public async Task<int> ImportAsync(IReadOnlyList<ContentImportEntry> entries, CancellationToken cancellationToken)
    {
        var authors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var type = await definitions.GetTypeAsync(entry.Input.ContentType, cancellationToken)
                ?? throw new RecipeStepException($"{entry.Label}的内容类型“{entry.Input.ContentType}”不存在，请先用 ContentDefinition 步骤定义它。");
            string? authorId = null;
            if (entry.AuthorUserName is { } userName && !authors.TryGetValue(userName, out authorId))
            {
                authorId = (await users.FindByNameAsync(userName, cancellationToken))?.Id
                    ?? throw new RecipeStepException($"{entry.Label}的作者“{userName}”不存在。");
                authors[userName] = authorId;
            }

            try
            {
                var section = await validator.ResolveSectionAsync(type, entry.Input.SectionId, null, cancellationToken);
                var content = await validator.ValidateAsync(type, entry.Input, section, null, authorId, cancellationToken);
                var (item, version) = await writer.CreateAsync(type.Name, content, authorId, "由配方导入", cancellationToken);
                if (entry.PublishedUtc is { } published)
                {
                    // An item published in the past was also written then, as its history shows.
                    var written = published < time.GetUtcNow().UtcDateTime ? published : item.CreatedUtc;
                    item.CreatedUtc = written;
                    item.ModifiedUtc = written;
                    version.CreatedUtc = written;
                    await writer.PublishAsync(item, authorId, published, cancellationToken);
                }
            }
            catch (ContentValidationException ex)
            {
                throw new RecipeStepException($"{entry.Label}的“{ex.Field}”有误：{ex.Message}");
            }

            // Imported rows are done with; tracking hundreds of them would slow every later save.
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }
}
