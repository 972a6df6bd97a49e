using Anshun.Core.Security;

namespace Anshun.Audit;

/// <summary>The audit log is the 安全审计员's alone (三员分立).</summary>
public sealed class AuditPermissions : IPermissionProvider
{
    public const string Read = "Audit.Read";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new Permission(Read, "查阅安全审计日志", "安全审计", AdminRemit.Audit),
    ];
}
