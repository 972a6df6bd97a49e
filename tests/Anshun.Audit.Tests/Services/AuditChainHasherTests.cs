using Anshun.Audit.Models;
using Anshun.Audit.Services;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditChainHasherTests
{
    private static AuditRecord Record(string? target, string? detail) => new()
    {
        Sequence = 7,
        TimeUtc = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc),
        EventType = "user.created",
        UserName = "admin",
        Target = target,
        Detail = detail,
        Succeeded = true,
        PreviousHash = AuditChainHasher.GenesisHash,
        Hash = "",
    };

    [Fact]
    public void MovingTextBetweenFieldsChangesTheHash()
    {
        var first = Record("zhang\n3:san", "x");
        var second = Record("zhang", "san\nx");

        Assert.NotEqual(AuditChainHasher.Canonical(first), AuditChainHasher.Canonical(second));
        Assert.NotEqual(AuditChainHasher.ComputeHash(first), AuditChainHasher.ComputeHash(second));
    }

    [Fact]
    public void NullAndEmptyTextHashDifferently()
    {
        Assert.NotEqual(AuditChainHasher.ComputeHash(Record(null, "d")), AuditChainHasher.ComputeHash(Record("", "d")));
    }

    [Fact]
    public void EveryFieldIsCovered()
    {
        var original = Record("t", "d");
        var hash = AuditChainHasher.ComputeHash(original);
        AuditRecord[] variants =
        [
            Copy(original, r => r.Sequence = 8),
            Copy(original, r => r.TimeUtc = r.TimeUtc.AddTicks(10)),
            Copy(original, r => r.EventType = "user.updated"),
            Copy(original, r => r.UserName = "admin2"),
            Copy(original, r => r.UserId = "1"),
            Copy(original, r => r.ClientIp = "10.0.0.1"),
            Copy(original, r => r.Target = "u"),
            Copy(original, r => r.Detail = "e"),
            Copy(original, r => r.Succeeded = false),
            Copy(original, r => r.PreviousHash = new string('1', 64)),
        ];

        Assert.All(variants, v => Assert.NotEqual(hash, AuditChainHasher.ComputeHash(v)));
    }

    [Fact]
    public void HashIsLowerCaseHexSha256()
    {
        var hash = AuditChainHasher.ComputeHash(Record("t", "d"));

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditChainHasher.ComputeHash(Record("t", "d")));
    }

    [Fact]
    public void TimeIsCutToWholeMicroseconds()
    {
        var time = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

        var normalized = AuditChainHasher.NormalizeTime(time);

        Assert.Equal(time.AddTicks(-7), normalized);
        Assert.Equal(DateTimeKind.Utc, normalized.Kind);
    }

    private static AuditRecord Copy(AuditRecord source, Action<AuditRecord> change)
    {
        var copy = new AuditRecord
        {
            Sequence = source.Sequence,
            TimeUtc = source.TimeUtc,
            EventType = source.EventType,
            UserName = source.UserName,
            UserId = source.UserId,
            ClientIp = source.ClientIp,
            Target = source.Target,
            Detail = source.Detail,
            Succeeded = source.Succeeded,
            PreviousHash = source.PreviousHash,
            Hash = source.Hash,
        };
        change(copy);
        return copy;
    }
}
