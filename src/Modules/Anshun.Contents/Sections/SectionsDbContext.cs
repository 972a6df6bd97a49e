using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Sections;

/// <summary>The sections area's tables: <c>Content_Sections</c>, <c>Content_SectionRules</c>, <c>Content_SectionState</c>.</summary>
public sealed class SectionsDbContext(DbContextOptions<SectionsDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<SectionRecord> Sections => Set<SectionRecord>();

    public DbSet<SectionRuleRecord> Rules => Set<SectionRuleRecord>();

    public DbSet<SectionState> States => Set<SectionState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SectionRecord>(entity =>
        {
            entity.ToTable("Content_Sections");
            entity.HasKey(s => s.Id);

            // Declared so EF inserts parents before children (the database enforces the foreign key).
            entity.HasOne<SectionRecord>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SectionRuleRecord>(entity =>
        {
            entity.ToTable("Content_SectionRules");
            entity.HasKey(r => r.Id);
            entity.Property(r => r.Role).HasConversion<int>();
            entity.Property(r => r.Kind).HasConversion<int>();
            entity.HasOne<SectionRecord>().WithMany().HasForeignKey(r => r.SectionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SectionState>(entity =>
        {
            entity.ToTable("Content_SectionState");
            entity.HasKey(s => s.Id);
            entity.Property(s => s.Id).ValueGeneratedNever();
        });
    }
}
