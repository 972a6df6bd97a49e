using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.Organization.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.Organization.Data;

/// <summary>The organization module's tables (<c>Org_*</c>).</summary>
public sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options, IDataSession session, IChangeSignals? signals = null)
    : ModuleDbContext(options, session, signals)
{
    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<OrgMembership> Memberships => Set<OrgMembership>();

    public DbSet<OrgLeader> Leaders => Set<OrgLeader>();

    protected override string? SignalledTopic(ChangeTracker changes) =>
        OrgSecurityChanges.Pending(changes) ? ChangeTopics.Security : null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrgUnit>(entity =>
        {
            entity.ToTable("Org_Units");
            entity.HasKey(u => u.Id);
            entity.Property(u => u.Kind).HasConversion<int>();
            entity.Ignore(u => u.Depth);

            // Declared so EF inserts parents before children (the database enforces the foreign key).
            entity.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OrgMembership>(entity =>
        {
            entity.ToTable("Org_Memberships");
            entity.HasKey(m => new { m.UserId, m.UnitId });
            entity.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OrgLeader>(entity =>
        {
            entity.ToTable("Org_Leaders");
            entity.HasKey(l => l.UserId);
        });
    }
}
