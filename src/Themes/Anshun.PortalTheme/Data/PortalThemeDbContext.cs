using Anshun.Core.Data;
using Anshun.PortalTheme.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.PortalTheme.Data;

/// <summary>The portal theme's tables (<c>Portal_*</c>).</summary>
public sealed class PortalThemeDbContext(DbContextOptions<PortalThemeDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<WidgetPreference> WidgetPreferences => Set<WidgetPreference>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WidgetPreference>(entity =>
        {
            entity.ToTable("Portal_WidgetPreferences");
            entity.HasKey(p => new { p.UserId, p.WidgetId });
            entity.Property(p => p.UserId).HasMaxLength(100);
            entity.Property(p => p.WidgetId).HasMaxLength(WidgetIds.MaxLength);
        });
    }
}
