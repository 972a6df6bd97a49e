using System.Text.Json.Nodes;
using Anshun.Contents.Models;
using Anshun.Core.Organization;

namespace Anshun.Contents.Services;

/// <summary>
/// Turns a <see cref="ContentInput"/> into a version to store: every part the type has is checked,
/// HTML sanitized, references resolved. The first problem throws a
/// <see cref="ContentValidationException"/> naming the input, before anything is written.
/// </summary>
public sealed class ContentInputValidator(
    ISectionStore sections,
    IOrganizationService organization,
    ContentHtmlSanitizer sanitizer,
    ContentAttachmentRules attachments,
    ContentFieldValidator fields,
    TimeProvider time)
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int SourceMaxLength = 100;

    /// <summary>
    /// The section the input names, when the type has the Section part (null otherwise).
    /// <paramref name="currentSectionId"/> is the item's section today: staying there is allowed even
    /// if it was disabled or stopped accepting the type since.
    /// </summary>
    public async Task<SectionInfo?> ResolveSectionAsync(
        ContentTypeDefinition type, string? sectionId, string? currentSectionId, CancellationToken cancellationToken)
    {
        if (!type.Has(ContentParts.Section))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(sectionId))
        {
            throw new ContentValidationException("sectionId", "请选择所属栏目。");
        }

        var section = await sections.FindAsync(sectionId.Trim(), cancellationToken)
            ?? throw new ContentValidationException("sectionId", "所选栏目不存在，请重新选择所属栏目。");
        if (section.Id == currentSectionId)
        {
            return section;
        }

        if (!section.IsEnabled)
        {
            throw new ContentValidationException("sectionId", $"栏目“{section.Name}”已停用，不能在其中发布内容。");
        }

        if (section.ContentTypes.Count > 0 && !section.ContentTypes.Contains(type.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ContentValidationException("sectionId", $"栏目“{section.Name}”不接受“{type.DisplayName}”类型的内容，请选择其他栏目。");
        }

        return section;
    }

    public async Task<ValidatedContent> ValidateAsync(
        ContentTypeDefinition type,
        ContentInput input,
        SectionInfo? section,
        string? contentItemId,
        string? actingUserId,
        CancellationToken cancellationToken)
    {
        var title = input.Title?.Trim() ?? "";
        if (type.Has(ContentParts.Title))
        {
            if (title.Length == 0)
            {
                throw new ContentValidationException("title", "请填写标题。");
            }

            if (title.Length > TitleMaxLength)
            {
                throw new ContentValidationException("title", $"标题最多 {TitleMaxLength} 个字符，当前 {title.Length} 个。");
            }
        }
        else
        {
            title = type.DisplayName;
        }

        var data = new ContentVersionData();
        var claimed = new List<string>();
        if (type.Has(ContentParts.Summary))
        {
            data.Summary = Clean(input.Summary);
            if (data.Summary is { Length: > SummaryMaxLength })
            {
                throw new ContentValidationException("summary", $"摘要最多 {SummaryMaxLength} 个字符，当前 {data.Summary.Length} 个。");
            }
        }

        if (type.Has(ContentParts.Body))
        {
            data.Body = sanitizer.Sanitize(input.Body, "body", "正文");
        }

        if (type.Has(ContentParts.Source))
        {
            await ValidateSourceAsync(input, section, data, cancellationToken);
        }

        if (type.Has(ContentParts.Pinned) && input.Pinned)
        {
            var until = input.PinnedUntilUtc is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : (DateTime?)null;
            if (until is { } u && u <= time.GetUtcNow().UtcDateTime)
            {
                throw new ContentValidationException("pinnedUntilUtc", "置顶截止时间必须晚于当前时间。");
            }

            data.Pinned = true;
            data.PinnedUntilUtc = until;
        }

        if (type.Has(ContentParts.Importance))
        {
            if (!Enum.IsDefined(input.Importance))
            {
                throw new ContentValidationException("importance", "重要程度无效，应为一般、重要或紧急。");
            }

            data.Importance = input.Importance;
        }

        if (type.Has(ContentParts.Attachments))
        {
            var ids = (input.AttachmentIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim())
                .Distinct(StringComparer.Ordinal).ToList();
            await attachments.CheckAsync(ids, contentItemId, actingUserId, "attachments", cancellationToken);
            data.AttachmentIds = ids;
            claimed.AddRange(ids);
        }

        var given = input.Fields ?? new Dictionary<string, JsonNode?>();
        foreach (var field in type.Fields)
        {
            var value = given.FirstOrDefault(p => string.Equals(p.Key, field.Name, StringComparison.OrdinalIgnoreCase)).Value;
            var stored = await fields.ValidateAsync(field, value?.DeepClone(), contentItemId, actingUserId, claimed, cancellationToken);
            if (stored is not null)
            {
                data.Fields[field.Name] = stored;
            }
        }

        return new ValidatedContent(title, section?.Id, data, claimed.Distinct(StringComparer.Ordinal).ToList());
    }

    private async Task ValidateSourceAsync(ContentInput input, SectionInfo? section, ContentVersionData data, CancellationToken cancellationToken)
    {
        data.Source = Clean(input.Source);
        if (data.Source is { Length: > SourceMaxLength })
        {
            throw new ContentValidationException("source", $"来源最多 {SourceMaxLength} 个字符，当前 {data.Source.Length} 个。");
        }

        var unitId = Clean(input.IssuingUnitId);
        if (unitId is null)
        {
            data.IssuingUnitId = section?.OwnerUnitId;
            return;
        }

        var unit = await organization.FindUnitAsync(unitId, cancellationToken)
            ?? throw new ContentValidationException("issuingUnitId", "所选发布单位不存在，请重新选择。");
        data.IssuingUnitId = unit.Id;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
