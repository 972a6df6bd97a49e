namespace Anshun.StaffDirectory.Services;

/// <summary>Audit event types of the directory module.</summary>
public static class DirectoryAuditEvents
{
    /// <summary>导出通讯录: personal data leaves the system, so every export is recorded.</summary>
    public const string Exported = "directory.exported";
}
