using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit.Tests;

public sealed class AuditMigrationTests
{
    [Fact]
    public async Task DatabaseAtVersionOneWithRowsUpgradesWithEveryRowIntact()
    {
        await using var database = new AuditTestDatabase(migrateTo: 1);
        Assert.Equal(1, database.CurrentVersion());
        var records = new List<Models.AuditRecord>();
        var previous = AuditChainHasher.GenesisHash;
        for (var i = 1; i <= 3; i++)
        {
            var record = new Models.AuditRecord
            {
                Sequence = i,
                TimeUtc = new DateTime(2026, 1, 5, 2, 0, i, DateTimeKind.Utc),
                EventType = AuditEventTypes.UserCreated,
                UserName = "admin",
                ClientIp = "127.0.0.1",
                Target = $"user{i}",
                Detail = $"创建用户 {i}",
                Succeeded = true,
                PreviousHash = previous,
                Hash = "",
            };
            record.Hash = AuditChainHasher.ComputeHash(record);
            previous = record.Hash;
            records.Add(record);
            var time = database.Provider.IsSqlite ? $"'2026-01-05 02:00:0{i}'" : $"TIMESTAMPTZ '2026-01-05 02:00:0{i}+00'";
            var succeeded = database.Provider.IsSqlite ? "1" : "TRUE";
            await database.ExecuteSqlAsync(
                "INSERT INTO \"Audit_Records\" (\"Sequence\", \"TimeUtc\", \"EventType\", \"UserName\", \"ClientIp\", \"Target\", \"Detail\", \"Succeeded\", \"PreviousHash\", \"Hash\") " +
                $"VALUES ({i}, {time}, '{record.EventType}', 'admin', '127.0.0.1', 'user{i}', '创建用户 {i}', {succeeded}, '{record.PreviousHash}', '{record.Hash}')");
        }

        database.MigrateTo(null);

        Assert.Equal(2, database.CurrentVersion());
        var upgraded = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal(records.Count, upgraded.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(
                (records[i].Sequence, records[i].TimeUtc, records[i].EventType, records[i].UserName, records[i].ClientIp, records[i].Target, records[i].Detail, records[i].Succeeded, records[i].PreviousHash, records[i].Hash),
                (upgraded[i].Sequence, upgraded[i].TimeUtc, upgraded[i].EventType, upgraded[i].UserName, upgraded[i].ClientIp, upgraded[i].Target, upgraded[i].Detail, upgraded[i].Succeeded, upgraded[i].PreviousHash, upgraded[i].Hash));
            Assert.Null(upgraded[i].UserId);
        }

        await database.WriteAsync(new AuditEntry(AuditEventTypes.Logout) { UserName = "admin" });
        var result = await database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
        Assert.True(result.Valid, result.Reason);
        Assert.Equal(4, result.Count);
    }
}
