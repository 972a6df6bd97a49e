using Anshun.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anshun.Core.Tests.Data;

/// <summary>Runs on the provider of the test run: SQLite, or PostgreSQL in the README command's second pass.</summary>
public sealed class UtcDateTimeConverterTests
{
    private static DateTime Instant => new(2026, 3, 2, 1, 30, 15, 123, DateTimeKind.Utc);

    [Fact]
    public async Task UtcValueReadsBackUnchangedWithUtcKind()
    {
        await using var host = new KernelHost();

        var stored = await RoundTripAsync(host, Instant, Instant.AddHours(5));

        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Equal(Instant, stored.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, stored.ReviewedUtc!.Value.Kind);
        Assert.Equal(Instant.AddHours(5), stored.ReviewedUtc);
    }

    [Fact]
    public async Task UnspecifiedValueIsTakenAsUtc()
    {
        await using var host = new KernelHost();

        var stored = await RoundTripAsync(host, DateTime.SpecifyKind(Instant, DateTimeKind.Unspecified), null);

        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.Equal(Instant, stored.CreatedUtc);
        Assert.Null(stored.ReviewedUtc);
    }

    [Fact]
    public async Task LocalValueIsConvertedToUtc()
    {
        await using var host = new KernelHost();
        var local = Instant.ToLocalTime();

        var stored = await RoundTripAsync(host, local, local);

        Assert.Equal(Instant, stored.CreatedUtc);
        Assert.Equal(Instant, stored.ReviewedUtc);
    }

    [Fact]
    public async Task QueriesCompareInstantsInUtc()
    {
        await using var host = new KernelHost();
        await RoundTripAsync(host, Instant, null);

        var found = await host.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Samples
            .CountAsync(s => s.CreatedUtc > Instant.AddSeconds(-1) && s.CreatedUtc < Instant.AddSeconds(1)));

        Assert.Equal(1, found);
    }

    private static async Task<SampleRecord> RoundTripAsync(KernelHost host, DateTime created, DateTime? reviewed)
    {
        await using (var scope = host.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
            db.Samples.Add(new SampleRecord { Name = "时间", CreatedUtc = created, ReviewedUtc = reviewed });
            await db.SaveChangesAsync();
        }

        return await host.InScopeAsync(sp => sp.GetRequiredService<SampleDbContext>().Samples.AsNoTracking().SingleAsync());
    }
}
