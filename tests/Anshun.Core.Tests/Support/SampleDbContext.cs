using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Tests.Support;

/// <summary>A second module context beside <see cref="CoreDbContext"/>, mapping only its own table.</summary>
public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<SampleRecord> Samples => Set<SampleRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleRecord>(entity =>
        {
            entity.ToTable("CoreTests_Samples");
            entity.HasKey(s => s.Id);
        });
    }
}
