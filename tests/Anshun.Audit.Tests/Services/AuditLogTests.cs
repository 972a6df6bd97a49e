using System.Net;
using System.Security.Claims;
using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Anshun.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditLogTests
{
    [Fact]
    public async Task FirstRecordStartsTheChainAndEachNextLinksToThePrevious()
    {
        await using var database = new AuditTestDatabase();

        await database.WriteAsync(
            new AuditEntry(AuditEventTypes.UserCreated, "zhangsan", "创建用户“张三”") { UserName = "admin" },
            new AuditEntry(AuditEventTypes.LoginFailed, "lisi", "密码错误", Succeeded: false) { UserName = "lisi" },
            new AuditEntry(AuditEventTypes.Logout) { UserName = "admin" });

        var records = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(AuditChainHasher.GenesisHash, records[0].PreviousHash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
        Assert.Equal(records[1].Hash, records[2].PreviousHash);
        Assert.All(records, r => Assert.Equal(AuditChainHasher.ComputeHash(r), r.Hash));
        Assert.Equal(database.Time.GetUtcNow().UtcDateTime.AddSeconds(-3), records[0].TimeUtc);
        Assert.Equal(DateTimeKind.Utc, records[0].TimeUtc.Kind);
        Assert.False(records[1].Succeeded);
        Assert.Equal("lisi", records[1].UserName);
    }

    [Fact]
    public async Task ParallelWritesFromSeparateScopesKeepSequenceContiguousAndChainValid()
    {
        await using var database = new AuditTestDatabase();
        const int writers = 50;

        await Task.WhenAll(Enumerable.Range(1, writers).Select(i => Task.Run(async () =>
        {
            await using var scope = database.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .WriteAsync(new AuditEntry(AuditEventTypes.LoginSucceeded, $"user{i}") { UserName = $"user{i}" });
        })));

        var sequences = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.Select(r => r.Sequence).OrderBy(s => s).ToListAsync());
        Assert.Equal(Enumerable.Range(1, writers).Select(i => (long)i), sequences);
        var result = await database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
        Assert.True(result.Valid, result.Reason);
        Assert.Equal(writers, result.Count);
    }

    [Fact]
    public async Task WriteJoinsTheOpenTransactionAndRollsBackWithIt()
    {
        await using var database = new AuditTestDatabase();
        await database.WriteAsync(new AuditEntry(AuditEventTypes.Logout) { UserName = "admin" });

        await using (var scope = database.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .WriteAsync(new AuditEntry(AuditEventTypes.RoleDeleted, "editor") { UserName = "admin" });
            Assert.True(session.InTransaction);
        }

        await using (var scope = database.CreateScope())
        {
            var session = scope.ServiceProvider.GetRequiredService<IDataSession>();
            await using var transaction = await session.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>()
                .WriteAsync(new AuditEntry(AuditEventTypes.RoleCreated, "reviewer") { UserName = "admin" });
            await transaction.CommitAsync();
        }

        var types = await database.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().Records.OrderBy(r => r.Sequence).Select(r => new { r.Sequence, r.EventType }).ToListAsync());
        Assert.Equal([(1L, AuditEventTypes.Logout), (2L, AuditEventTypes.RoleCreated)], types.Select(t => (t.Sequence, t.EventType)));
    }

    [Fact]
    public async Task UserAndAddressComeFromTheRequestWhenNotGiven()
    {
        await using var database = new AuditTestDatabase();
        await using var scope = database.CreateScope();
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "auditor"), new Claim(ClaimTypes.NameIdentifier, "u-42")], "Identity.Application")),
        };
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.20.30.40");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();

        await audit.WriteAsync(new AuditEntry(AuditEventTypes.AuditVerified));
        await audit.WriteAsync(new AuditEntry(AuditEventTypes.LoginFailed, Succeeded: false) { UserName = "intruder" });

        var records = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(("auditor", "u-42", "10.20.30.40"), (records[0].UserName, records[0].UserId, records[0].ClientIp));
        Assert.Equal(("intruder", null, "10.20.30.40"), (records[1].UserName, records[1].UserId, records[1].ClientIp));
    }

    [Fact]
    public async Task OverlongAndNulCharacterTextIsStoredAndStillVerifies()
    {
        await using var database = new AuditTestDatabase();

        await database.WriteAsync(new AuditEntry(AuditEventTypes.UserUpdated, new string('长', 1000), "含\0空字符") { UserName = "admin" });

        var record = await database.InScopeAsync(sp => sp.GetRequiredService<AuditDbContext>().Records.AsNoTracking().SingleAsync());
        Assert.Equal(AuditLimits.Target, record.Target!.Length);
        Assert.Equal("含空字符", record.Detail);
        var result = await database.InScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());
        Assert.True(result.Valid, result.Reason);
    }
}
