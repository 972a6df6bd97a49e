namespace Anshun.Core.Audit;

/// <summary>
/// One security-relevant event to record. The audit module fills in who (from the current
/// request when <see cref="UserName"/> is null), when (from <see cref="TimeProvider"/>) and the client address.
/// </summary>
/// <param name="EventType">A constant from <see cref="AuditEventTypes"/> or a module's own, <c>area.action</c>.</param>
/// <param name="Target">What was acted on (a user name, a role, a module id).</param>
/// <param name="Detail">A short Chinese description or JSON detail.</param>
/// <param name="Succeeded">False for failures and refusals.</param>
public sealed record AuditEntry(
    string EventType,
    string? Target = null,
    string? Detail = null,
    bool Succeeded = true)
{
    /// <summary>Who acted; defaults to the signed-in user of the current request.</summary>
    public string? UserName { get; init; }
}
