using Anshun.Audit.Models;
using Anshun.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Audit.Services;

/// <summary>
/// Walks the chain from the first record: every sequence number present, every record matching its
/// hash, every record naming the hash of the one before it. Reports the first link that fails.
/// </summary>
public sealed class AuditVerifier(AuditDbContext db, IAuditLog auditLog)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long count = 0;
        var expectedSequence = 1L;
        var previousHash = AuditChainHasher.GenesisHash;
        var records = db.Records.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            count++;
            if (record.Sequence > expectedSequence)
            {
                return Broken(count - 1, expectedSequence, AuditChainProblem.Missing,
                    $"第 {expectedSequence} 条记录缺失：该记录已被删除，哈希链在此断开。");
            }

            if (record.Sequence < expectedSequence || AuditChainHasher.ComputeHash(record) != record.Hash)
            {
                return Broken(count - 1, record.Sequence, AuditChainProblem.Altered,
                    $"第 {record.Sequence} 条记录的内容与其哈希值不符：该记录已被篡改。");
            }

            if (record.PreviousHash != previousHash)
            {
                return Broken(count - 1, record.Sequence, AuditChainProblem.ChainMismatch,
                    $"第 {record.Sequence} 条记录记载的前一条哈希与实际不符：其前的记录已被删除、替换或调换了顺序。");
            }

            previousHash = record.Hash;
            expectedSequence++;
        }

        var reason = count == 0
            ? "审计日志中还没有记录，无需校验。"
            : $"审计日志完整：共 {count} 条记录，哈希链校验通过。";
        return new AuditVerification(true, count, null, AuditChainProblem.None, reason);
    }

    /// <summary>Verifies, then records that the auditor did so (the check itself is an audited act).</summary>
    public async Task<AuditVerification> VerifyAndRecordAsync(CancellationToken cancellationToken = default)
    {
        var result = await VerifyAsync(cancellationToken);
        await auditLog.WriteAsync(new AuditEntry(AuditEventTypes.AuditVerified, "Audit_Records", result.Reason, result.Valid), cancellationToken);
        return result;
    }

    private static AuditVerification Broken(long goodCount, long sequence, AuditChainProblem problem, string reason) =>
        new(false, goodCount, sequence, problem, reason);
}
