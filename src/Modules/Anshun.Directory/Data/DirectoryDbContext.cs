using Anshun.Core.Data;
using Anshun.StaffDirectory.Models;
using Microsoft.EntityFrameworkCore;

namespace Anshun.StaffDirectory.Data;

/// <summary>The directory module's tables (<c>Directory_*</c>).</summary>
public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<DirectoryPreference> Preferences => Set<DirectoryPreference>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DirectoryPreference>(entity =>
        {
            entity.ToTable("Directory_Preferences");
            entity.HasKey(p => p.UserId);
            entity.Property(p => p.MobileVisibility).HasConversion<int>();
        });
    }
}
