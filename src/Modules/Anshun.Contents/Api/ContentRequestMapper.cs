using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Anshun.Contents.Api;

/// <summary>Checks the shape of an API request and turns it into the <see cref="ContentInput"/> the manager validates.</summary>
public static class ContentRequestMapper
{
    public static bool TryMap(ContentRequest? body, out ContentInput? input, out IResult? problem)
    {
        input = null;
        problem = null;
        if (body is null)
        {
            problem = ApiProblems.Validation("body", "请求内容不能为空。");
            return false;
        }

        var importance = ContentImportance.Normal;
        if (!string.IsNullOrWhiteSpace(body.Importance) && !Enum.TryParse(body.Importance, ignoreCase: true, out importance))
        {
            problem = ApiProblems.Validation("importance", "重要程度只能是 Normal（一般）、Important（重要）或 Urgent（紧急）。");
            return false;
        }

        input = new ContentInput
        {
            ContentType = body.ContentType?.Trim() ?? "",
            SectionId = body.SectionId,
            Title = body.Title,
            Summary = body.Summary,
            Body = body.Body,
            Source = body.Source,
            IssuingUnitId = body.IssuingUnitId,
            Pinned = body.Pinned ?? false,
            PinnedUntilUtc = body.PinnedUntilUtc,
            Importance = importance,
            AttachmentIds = body.AttachmentIds?.ToList() ?? [],
            Fields = body.Fields?.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal)
                ?? new Dictionary<string, JsonNode?>(StringComparer.Ordinal),
        };
        return true;
    }
}
