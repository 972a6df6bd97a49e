namespace Anshun.Audit.Services;

/// <summary>Column lengths of <c>Audit_Records</c>, shared by the migrations, the context and the writer.</summary>
public static class AuditLimits
{
    public const int EventType = 100;
    public const int UserName = 100;
    public const int UserId = 100;
    public const int ClientIp = 64;
    public const int Target = 400;
}
