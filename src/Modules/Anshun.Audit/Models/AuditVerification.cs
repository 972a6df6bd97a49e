namespace Anshun.Audit.Models;

/// <summary>The outcome of checking the whole chain (完整性校验).</summary>
/// <param name="Count">Records read.</param>
/// <param name="FirstBrokenSequence">Sequence number of the first bad link, null when the chain is intact.</param>
/// <param name="Reason">A Chinese sentence for the auditor.</param>
public sealed record AuditVerification(
    bool Valid,
    long Count,
    long? FirstBrokenSequence,
    AuditChainProblem Problem,
    string Reason);
