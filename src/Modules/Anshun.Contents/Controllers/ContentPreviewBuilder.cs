using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Contents.Services;
using Anshun.Contents.ViewModels;

namespace Anshun.Contents.Controllers;

/// <summary>Resolves what a version refers to (section, units, people, files, linked items) for the admin preview.</summary>
public sealed class ContentPreviewBuilder(
    IContentDefinitionStore definitions,
    IAttachmentStore attachments,
    IContentManager manager,
    ContentAdminOptions options)
{
    public async Task<AdminContentPreviewViewModel> BuildAsync(ClaimsPrincipal user, ContentItemView item, string banner, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        var sections = await options.SectionMapAsync(cancellationToken);
        var units = await options.UnitNamesAsync(cancellationToken);
        var people = await options.UserNamesAsync(PeopleOf(type, item).Append(item.AuthorUserId), cancellationToken);

        var fields = new List<AdminFieldDisplay>();
        foreach (var field in type?.Fields ?? [])
        {
            if (item.Fields.GetValueOrDefault(field.Name) is not { } node)
            {
                continue;
            }

            var list = node is JsonArray array ? array.Select(n => n?.ToString() ?? "").Where(s => s.Length > 0).ToList() : [];
            AdminFieldDisplay? display = field.Type switch
            {
                ContentFieldType.Html => new(field.DisplayName, "", Html: Text(node)),
                ContentFieldType.Boolean => new(field.DisplayName, node.GetValueKind() == JsonValueKind.True ? "是" : "否"),
                ContentFieldType.Link when node is JsonObject link => new(field.DisplayName, link["text"]?.ToString() ?? link["url"]?.ToString() ?? "", Url: link["url"]?.ToString()),
                ContentFieldType.Media => new(field.DisplayName, "") { Files = await attachments.GetManyAsync(list, cancellationToken) },
                ContentFieldType.User => new(field.DisplayName, string.Join("、", list.Select(id => people.GetValueOrDefault(id, id)))),
                ContentFieldType.OrgUnit => new(field.DisplayName, string.Join("、", list.Select(id => units.GetValueOrDefault(id, id)))),
                ContentFieldType.ContentPicker => new(field.DisplayName, string.Join("、", await TitlesAsync(user, list, cancellationToken))),
                ContentFieldType.Tags => new(field.DisplayName, string.Join("、", list)),
                ContentFieldType.Number => new(field.DisplayName, node.ToJsonString()),
                _ => new(field.DisplayName, Text(node)),
            };
            fields.Add(display);
        }

        return new AdminContentPreviewViewModel(
            item,
            type?.DisplayName ?? item.ContentType,
            item.SectionId is null ? null : sections.GetValueOrDefault(item.SectionId)?.Name,
            item.IssuingUnitId is null ? null : units.GetValueOrDefault(item.IssuingUnitId),
            item.AuthorUserId is null ? null : people.GetValueOrDefault(item.AuthorUserId),
            fields) { Banner = banner };
    }

    private async Task<List<string>> TitlesAsync(ClaimsPrincipal user, List<string> ids, CancellationToken cancellationToken)
    {
        var titles = new List<string>();
        foreach (var id in ids)
        {
            var linked = await manager.GetAsync(user, id, ContentVersionOption.Published, cancellationToken);
            titles.Add(linked?.Title ?? string.Format(CultureInfo.InvariantCulture, "（编号 {0} 的内容已不可用）", id));
        }

        return titles;
    }

    private static IEnumerable<string?> PeopleOf(ContentTypeDefinition? type, ContentItemView item) =>
        (type?.Fields ?? []).Where(f => f.Type == ContentFieldType.User)
            .SelectMany(f => item.Fields.GetValueOrDefault(f.Name) is JsonArray array ? array.Select(n => n?.ToString()) : []);

    private static string Text(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
