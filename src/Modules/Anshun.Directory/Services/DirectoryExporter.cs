using Anshun.Core.Audit;
using Anshun.Core.Organization;
using Anshun.Core.Time;
using Anshun.StaffDirectory.Models;

namespace Anshun.StaffDirectory.Services;

/// <summary>
/// 导出通讯录: a unit's directory (optionally with its sub-units) as .xlsx or .csv, with the same
/// mobile privacy as the screen, and an audit record of who exported what.
/// </summary>
public sealed class DirectoryExporter(DirectoryIndex index, IAuditLog audit, TimeProvider time)
{
    /// <param name="unit">The unit to export; null for the whole directory.</param>
    public async Task<DirectoryExportFile> ExportAsync(string viewerId, OrgUnitInfo? unit, bool includeSubUnits,
        DirectoryExportFormat format, CancellationToken cancellationToken = default)
    {
        var snapshot = await index.BuildAsync(cancellationToken);
        var listings = DirectorySearch.ListUnit(snapshot, viewerId, unit?.Id, includeSubUnits);
        var content = format == DirectoryExportFormat.Xlsx ? XlsxDirectoryWriter.Write(listings) : CsvDirectoryWriter.Write(listings);
        var extension = format == DirectoryExportFormat.Xlsx ? "xlsx" : "csv";
        var contentType = format == DirectoryExportFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        var date = ChinaTime.FromUtc(time.GetUtcNow().UtcDateTime).ToString("yyyyMMdd");
        var scope = unit?.Name ?? "全部单位";
        var fileName = $"通讯录-{scope}-{date}.{extension}";

        var detail = unit is null
            ? $"导出全部单位的通讯录（{extension}），共 {listings.Count} 条。"
            : includeSubUnits
                ? $"导出“{unit.Name}”及其下级单位的通讯录（{extension}），共 {listings.Count} 条。"
                : $"导出“{unit.Name}”的通讯录（{extension}），共 {listings.Count} 条。";
        await audit.WriteAsync(new AuditEntry(DirectoryAuditEvents.Exported, unit?.Code ?? "全部单位", detail), cancellationToken);
        return new DirectoryExportFile(content, contentType, fileName, listings.Count);
    }
}
