using Anshun.Audit.Models;
using Anshun.Audit.Services;
using Anshun.Core.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Audit.Tests.Services;

public sealed class AuditQueryServiceTests
{
    [Fact]
    public async Task FiltersByTimeUserAndTypeNewestFirst()
    {
        await using var database = new AuditTestDatabase();
        var start = database.Time.GetUtcNow().UtcDateTime;
        await database.WriteAsync(
            new AuditEntry(AuditEventTypes.LoginSucceeded) { UserName = "editor" },
            new AuditEntry(AuditEventTypes.LoginFailed, Succeeded: false) { UserName = "editor" },
            new AuditEntry(AuditEventTypes.LoginSucceeded) { UserName = "staff" },
            new AuditEntry(AuditEventTypes.LoginSucceeded) { UserName = "editor" });

        var page = await database.InScopeAsync(sp => sp.GetRequiredService<AuditQueryService>().SearchAsync(new AuditFilter
        {
            UserName = "editor",
            EventType = AuditEventTypes.LoginSucceeded,
        }));
        var window = await database.InScopeAsync(sp => sp.GetRequiredService<AuditQueryService>().SearchAsync(new AuditFilter
        {
            FromUtc = start.AddSeconds(1),
            ToUtc = start.AddSeconds(3),
        }));
        var paged = await database.InScopeAsync(sp => sp.GetRequiredService<AuditQueryService>().SearchAsync(new AuditFilter
        {
            Skip = 1,
            Take = 2,
        }));

        Assert.Equal([4L, 1L], page.Items.Select(r => r.Sequence));
        Assert.Equal(2, page.Total);
        Assert.Equal([3L, 2L], window.Items.Select(r => r.Sequence));
        Assert.Equal([3L, 2L], paged.Items.Select(r => r.Sequence));
        Assert.Equal(4, paged.Total);
    }

    [Fact]
    public async Task EventTypesListNamedTypesThenOthersInTheLog()
    {
        await using var database = new AuditTestDatabase();
        await database.WriteAsync(new AuditEntry("seal.used", "公章") { UserName = "editor" });

        var types = await database.InScopeAsync(sp => sp.GetRequiredService<AuditQueryService>().EventTypesAsync());

        Assert.Equal(AuditEventTypes.LoginSucceeded, types[0]);
        Assert.Equal("seal.used", types[^1]);
    }
}
