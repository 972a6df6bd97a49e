namespace Anshun.StaffDirectory.Models;

/// <summary>导出格式.</summary>
public enum DirectoryExportFormat
{
    Xlsx,
    Csv,
}
