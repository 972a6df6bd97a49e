using Anshun.Core.Features;
using Anshun.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Data;

/// <summary>The kernel's own tables (<c>Core_*</c>).</summary>
public sealed class CoreDbContext(DbContextOptions<CoreDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<FeatureState> Features => Set<FeatureState>();

    public DbSet<SettingRecord> Settings => Set<SettingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeatureState>(entity =>
        {
            entity.ToTable("Core_Features");
            entity.HasKey(f => f.ModuleId);
        });
        modelBuilder.Entity<SettingRecord>(entity =>
        {
            entity.ToTable("Core_Settings");
            entity.HasKey(s => s.Key);
        });
    }
}
