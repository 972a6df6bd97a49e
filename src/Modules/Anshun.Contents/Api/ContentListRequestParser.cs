using System.Globalization;
using System.Security.Claims;
using Anshun.Contents.Models;
using Anshun.Contents.Naming;
using Anshun.Contents.Services;

namespace Anshun.Contents.Api;

/// <summary>
/// Reads the list endpoint's query string into a <see cref="ContentListQuery"/>, naming each bad
/// parameter in Chinese. A section the caller may not read is reported exactly like a missing one.
/// </summary>
public sealed class ContentListRequestParser(
    IContentDefinitionStore definitions,
    ISectionStore sections,
    ISectionAuthorizer authorizer,
    UnitNameLookup units)
{
    public const int MaxPageSize = 100;

    public async Task<(ContentListQuery? Query, Dictionary<string, string[]> Errors)> ParseAsync(
        ClaimsPrincipal user, string? type, string? section, string? unit, string? from, string? to,
        string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParseInt(page, 1, "page", "页码必须是不小于 1 的整数。", 1, int.MaxValue, errors);
        var size = ParseInt(pageSize, 20, "pageSize", $"每页条数必须是 1 到 {MaxPageSize} 之间的整数。", 1, MaxPageSize, errors);
        var fromDate = ParseDate(from, "from", "起始日期格式应为 yyyy-MM-dd，例如 2026-11-01。", errors);
        var toDate = ParseDate(to, "to", "截止日期格式应为 yyyy-MM-dd，例如 2026-11-30。", errors);
        if (fromDate > toDate)
        {
            errors["to"] = ["截止日期不能早于起始日期。"];
        }

        if (!string.IsNullOrWhiteSpace(type) && await definitions.GetTypeAsync(type.Trim(), cancellationToken) is null)
        {
            errors["type"] = [$"内容类型“{type.Trim()}”不存在。"];
        }

        string? sectionId = null;
        if (!string.IsNullOrWhiteSpace(section))
        {
            var found = await sections.FindAsync(section.Trim(), cancellationToken);
            var access = await authorizer.GetAccessAsync(user, cancellationToken);
            if (found is null || !access.CanRead(found.Id))
            {
                errors["section"] = [$"栏目“{section.Trim()}”不存在。"];
            }
            else
            {
                sectionId = found.Id;
            }
        }

        string? unitId = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var all = await units.GetUnitsAsync(cancellationToken);
            var key = unit.Trim();
            unitId = all.TryGetValue(key, out var byId) ? byId.Id
                : all.Values.FirstOrDefault(u => string.Equals(u.Code, key, StringComparison.OrdinalIgnoreCase))?.Id;
            if (unitId is null)
            {
                errors["unit"] = [$"发布单位“{key}”不存在。"];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ContentListQuery
        {
            ContentType = string.IsNullOrWhiteSpace(type) ? null : type.Trim(),
            Section = sectionId,
            IssuingUnitId = unitId,
            From = fromDate,
            To = toDate,
            Page = pageNumber,
            PageSize = size,
        }, errors);
    }

    private static int ParseInt(string? text, int fallback, string field, string message, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [message];
        return fallback;
    }

    private static DateOnly? ParseDate(string? text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [message];
        return null;
    }
}
