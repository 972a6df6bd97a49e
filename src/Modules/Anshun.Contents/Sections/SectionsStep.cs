using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Organization;
using Anshun.Core.Recipes;
using Anshun.Core.Security;
using Microsoft.Extensions.Logging;

namespace Anshun.Contents.Sections;

/// <summary>
/// <c>{"name":"sections","sections":[{"code","name","sortOrder","ownerUnit","requiresReview","contentTypes",
/// "editors","reviewers","readers","children","childPerUnit"}]}</c>: the section tree, upserted by code
/// (an existing section's fields and rules are replaced; sections the recipe does not name stay).
/// </summary>
public sealed class SectionsStep(
    ISectionStore store,
    SectionPrincipals principals,
    IOrganizationService organization,
    ILogger<SectionsStep> logger) : IRecipeStepHandler
{
    public string StepName => "sections";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var sections = context.Read<List<SectionRecipeModel>>("sections");
        var count = await ImportAsync(sections, null, cancellationToken);
        logger.LogInformation("sections: {Count} sections created or updated.", count);
    }

    private async Task<int> ImportAsync(IReadOnlyList<SectionRecipeModel> models, SectionInfo? parent, CancellationToken cancellationToken)
    {
        var count = 0;
        for (var i = 0; i < models.Count; i++)
        {
            var model = models[i];
            var label = model.Code is null ? $"第 {i + 1} 个栏目" : $"栏目“{model.Code}”";
            var section = await SaveAsync(model, label, parent, i + 1, cancellationToken);
            count++;
            count += await ImportAsync(model.Children, section, cancellationToken);
            if (model.ChildPerUnit is { } perUnit)
            {
                count += await ImportPerUnitAsync(perUnit, section, model.Children.Count, label, cancellationToken);
            }
        }

        return count;
    }

    private async Task<SectionInfo> SaveAsync(SectionRecipeModel model, string label, SectionInfo? parent, int position, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(model.Code))
        {
            throw new RecipeStepException($"{label}缺少“code”。");
        }

        try
        {
            var rules = new List<SectionRule>();
            await AddRulesAsync(rules, SectionRole.Editor, model.Editors, "editors", cancellationToken);
            await AddRulesAsync(rules, SectionRole.Reviewer, model.Reviewers, "reviewers", cancellationToken);
            await AddRulesAsync(rules, SectionRole.Reader, model.Readers, "readers", cancellationToken);
            var ownerUnitId = model.OwnerUnit is null ? null
                : (await organization.FindUnitAsync(model.OwnerUnit, cancellationToken))?.Id
                    ?? throw new ContentValidationException("ownerUnit", $"所属单位“{model.OwnerUnit}”不存在。");
            var existing = await store.FindAsync(model.Code.Trim(), cancellationToken);
            return await store.SaveAsync(
                new SectionInfo(existing?.Id ?? "", parent?.Id, model.Code, model.Name ?? "", model.SortOrder ?? position, "")
                {
                    Description = model.Description,
                    OwnerUnitId = ownerUnitId,
                    RequiresReview = model.RequiresReview,
                    IsEnabled = model.Enabled,
                    ContentTypes = model.ContentTypes,
                    Rules = rules,
                },
                cancellationToken);
        }
        catch (ContentValidationException ex)
        {
            throw new RecipeStepException($"{label}的“{ex.Field}”有误：{ex.Message}");
        }
    }

    private async Task<int> ImportPerUnitAsync(ChildPerUnitRecipeModel perUnit, SectionInfo parent, int offset, string label, CancellationToken cancellationToken)
    {
        var kinds = new HashSet<OrgUnitKind>();
        foreach (var text in perUnit.Kinds)
        {
            if (!Enum.TryParse<OrgUnitKind>(text, ignoreCase: true, out var kind) || int.TryParse(text, out _))
            {
                throw new RecipeStepException($"{label}的“childPerUnit.kinds”含无效的单位类型“{text}”，应为 Office、Department、County、Township 或 Division。");
            }

            kinds.Add(kind);
        }

        if (kinds.Count == 0)
        {
            throw new RecipeStepException($"{label}的“childPerUnit.kinds”不能为空。");
        }

        var count = 0;
        foreach (var unit in (await organization.GetUnitsAsync(cancellationToken)).Where(u => u.IsActive && kinds.Contains(u.Kind)))
        {
            var child = new SectionRecipeModel
            {
                Code = (perUnit.CodePrefix ?? "") + unit.Code.ToLowerInvariant(),
                Name = unit.Name,
                SortOrder = offset + count + 1,
                OwnerUnit = unit.Id,
                RequiresReview = perUnit.RequiresReview ?? parent.RequiresReview,
                ContentTypes = perUnit.ContentTypes ?? [.. parent.ContentTypes],
                Editors = perUnit.EditorRole is null ? [] : [new SectionPrincipalModel { Kind = nameof(PrincipalKind.UnitRole), Value = unit.Id, Role = perUnit.EditorRole }],
                Reviewers = perUnit.ReviewerRole is null ? [] : [new SectionPrincipalModel { Kind = nameof(PrincipalKind.UnitRole), Value = unit.Id, Role = perUnit.ReviewerRole }],
                Readers = perUnit.Readers,
            };
            await SaveAsync(child, $"{label}下为单位“{unit.Name}”生成的栏目", parent, child.SortOrder.Value, cancellationToken);
            count++;
        }

        return count;
    }

    private async Task AddRulesAsync(List<SectionRule> rules, SectionRole role, List<SectionPrincipalModel> models, string field, CancellationToken cancellationToken)
    {
        foreach (var principal in models)
        {
            rules.Add(new SectionRule(role, await principals.ResolveAsync(principal.Kind, principal.Value, principal.Role, field, cancellationToken)));
        }
    }
}
