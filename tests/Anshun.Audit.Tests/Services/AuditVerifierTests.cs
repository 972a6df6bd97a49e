using Anshun.Audit.Models;
using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditVerifierTests
{
    private static async Task<AuditTestDatabase> DatabaseWithRecordsAsync(int count)
    {
        var database = new AuditTestDatabase();
        await database.WriteAsync(Enumerable.Range(1, count)
            .Select(i => new AuditEntry(AuditEventTypes.UserUpdated, $"user{i}", $"修改第 {i} 个用户") { UserName = "admin" })
            .ToArray());
        return database;
    }

    private static Task<AuditVerification> VerifyAsync(AuditTestDatabase database) =>
        database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());

    [Fact]
    public async Task IntactChainIsValidWithItsCount()
    {
        await using var database = await DatabaseWithRecordsAsync(5);

        var result = await VerifyAsync(database);

        Assert.True(result.Valid);
        Assert.Equal(5, result.Count);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Contains("5 条", result.Reason);
    }

    [Fact]
    public async Task EmptyLogIsValid()
    {
        await using var database = new AuditTestDatabase();

        var result = await VerifyAsync(database);

        Assert.True(result.Valid);
        Assert.Equal(0, result.Count);
    }

    [Fact]
    public async Task RowAlteredInTheDatabaseIsReportedAsAltered()
    {
        await using var database = await DatabaseWithRecordsAsync(5);

        var changed = await database.ExecuteSqlAsync("UPDATE \"Audit_Records\" SET \"Detail\" = '什么也没发生' WHERE \"Sequence\" = 3");

        Assert.Equal(1, changed);
        var result = await VerifyAsync(database);
        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(AuditChainProblem.Altered, result.Problem);
        Assert.Equal(2, result.Count);
        Assert.Contains("第 3 条", result.Reason);
        Assert.Contains("篡改", result.Reason);
    }

    [Fact]
    public async Task DeletedRowIsReportedAsMissing()
    {
        await using var database = await DatabaseWithRecordsAsync(5);

        await database.ExecuteSqlAsync("DELETE FROM \"Audit_Records\" WHERE \"Sequence\" = 4");

        var result = await VerifyAsync(database);
        Assert.False(result.Valid);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(AuditChainProblem.Missing, result.Problem);
        Assert.Contains("第 4 条记录缺失", result.Reason);
    }

    [Fact]
    public async Task AlteredRowWithRecomputedHashBreaksTheNextLink()
    {
        await using var database = await DatabaseWithRecordsAsync(5);
        var forged = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking().SingleAsync(r => r.Sequence == 2));
        forged.Detail = "伪造的说明";
        var forgedHash = AuditChainHasher.ComputeHash(forged);

        await database.ExecuteSqlAsync(
            $"UPDATE \"Audit_Records\" SET \"Detail\" = '伪造的说明', \"Hash\" = '{forgedHash}' WHERE \"Sequence\" = 2");

        var result = await VerifyAsync(database);
        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(AuditChainProblem.ChainMismatch, result.Problem);
    }

    [Fact]
    public async Task DeletingARowAndRenumberingTheRestIsDetected()
    {
        await using var database = await DatabaseWithRecordsAsync(5);

        await database.ExecuteSqlAsync("DELETE FROM \"Audit_Records\" WHERE \"Sequence\" = 2");
        foreach (var sequence in new[] { 3, 4, 5 })
        {
            await database.ExecuteSqlAsync($"UPDATE \"Audit_Records\" SET \"Sequence\" = {sequence - 1} WHERE \"Sequence\" = {sequence}");
        }

        var result = await VerifyAsync(database);
        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task SwappedRowsAreDetected()
    {
        await using var database = await DatabaseWithRecordsAsync(5);

        await database.ExecuteSqlAsync("UPDATE \"Audit_Records\" SET \"Sequence\" = 100 WHERE \"Sequence\" = 2");
        await database.ExecuteSqlAsync("UPDATE \"Audit_Records\" SET \"Sequence\" = 2 WHERE \"Sequence\" = 3");
        await database.ExecuteSqlAsync("UPDATE \"Audit_Records\" SET \"Sequence\" = 3 WHERE \"Sequence\" = 100");

        var result = await VerifyAsync(database);
        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerificationIsItselfAudited()
    {
        await using var database = await DatabaseWithRecordsAsync(2);

        var result = await database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAndRecordAsync());

        Assert.True(result.Valid);
        var last = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync());
        Assert.Equal((3L, AuditEventTypes.AuditVerified, true), (last.Sequence, last.EventType, last.Succeeded));
        Assert.True((await VerifyAsync(database)).Valid);
    }
}
