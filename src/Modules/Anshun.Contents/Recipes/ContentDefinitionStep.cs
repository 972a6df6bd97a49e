using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Core.Recipes;

namespace Anshun.Contents.Recipes;

/// <summary>
/// <c>{"name":"ContentDefinition","types":[{"name","displayName","description","creatable","parts":[...],
/// "fields":[{"name","displayName","type","required","maxLength","minimum","maximum","hint","multiple","options"}]}]}</c>:
/// creates or replaces content types by name.
/// </summary>
public sealed class ContentDefinitionStep(IContentDefinitionStore definitions) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string StepName => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["types"] is not JsonArray types)
        {
            throw new RecipeStepException("缺少“types”，或“types”不是数组。");
        }

        for (var i = 0; i < types.Count; i++)
        {
            var node = types[i] as JsonObject ?? throw new RecipeStepException($"第 {i + 1} 个内容类型不是 JSON 对象。");
            var label = node["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String
                ? $"内容类型“{name.GetValue<string>()}”"
                : $"第 {i + 1} 个内容类型";
            ContentTypeDefinition definition;
            try
            {
                definition = node.Deserialize<ContentTypeDefinition>(_json) ?? throw new RecipeStepException($"{label}为空。");
            }
            catch (JsonException ex)
            {
                throw new RecipeStepException($"{label}的格式不正确：{ex.Message}");
            }

            try
            {
                await definitions.SaveTypeAsync(definition, cancellationToken);
            }
            catch (ContentValidationException ex)
            {
                throw new RecipeStepException($"{label}的“{ex.Field}”有误：{ex.Message}");
            }
        }
    }
}
