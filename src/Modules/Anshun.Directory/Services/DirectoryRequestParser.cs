using Anshun.Core.Organization;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// Checks the query-string of a directory search or export (shared by the page and the API), so
/// bad input is refused with a Chinese message naming the field.
/// </summary>
public sealed class DirectoryRequestParser(IOrganizationService organization)
{
    public const int MaxQueryLength = 50;

    public async Task<DirectoryRequest> ParseAsync(string? q, string? unit, string? includeSubUnits, string? page, string? pageSize,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (text is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"检索词不能超过 {MaxQueryLength} 个字符。"];
        }

        OrgUnitInfo? found = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            found = await organization.FindUnitAsync(unit.Trim(), cancellationToken);
            if (found is null || !found.IsActive)
            {
                errors["unit"] = [$"单位“{unit.Trim()}”不存在或已停用。"];
                found = null;
            }
        }

        var withSubUnits = true;
        if (!string.IsNullOrWhiteSpace(includeSubUnits) && !bool.TryParse(includeSubUnits, out withSubUnits))
        {
            errors["includeSubUnits"] = ["“是否包含下级单位”只能是 true 或 false。"];
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = ["页码必须是大于 0 的整数。"];
        }

        var size = DirectoryQuery.DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(pageSize) && (!int.TryParse(pageSize, out size) || size < 1 || size > DirectoryQuery.MaxPageSize))
        {
            errors["pageSize"] = [$"每页条数必须是 1 到 {DirectoryQuery.MaxPageSize} 之间的整数。"];
        }

        return new DirectoryRequest(
            new DirectoryQuery(text, found?.Id, withSubUnits, Math.Max(pageNumber, 1), Math.Clamp(size, 1, DirectoryQuery.MaxPageSize)),
            found,
            errors);
    }

    /// <summary>Parses <c>format</c>: xlsx (the default) or csv.</summary>
    public static bool TryParseFormat(string? format, out DirectoryExportFormat result)
    {
        result = DirectoryExportFormat.Xlsx;
        if (string.IsNullOrWhiteSpace(format) || format.Equals("xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        result = DirectoryExportFormat.Csv;
        return format.Equals("csv", StringComparison.OrdinalIgnoreCase);
    }
}
