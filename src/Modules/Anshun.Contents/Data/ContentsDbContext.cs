using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Data;

/// <summary>The content core's tables: types, items, versions, reads and reviews (<c>Content_*</c>).</summary>
public sealed class ContentsDbContext(DbContextOptions<ContentsDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<ContentTypeRecord> Types => Set<ContentTypeRecord>();

    public DbSet<ContentItemRecord> Items => Set<ContentItemRecord>();

    public DbSet<ContentVersionRecord> Versions => Set<ContentVersionRecord>();

    public DbSet<ContentReadRecord> Reads => Set<ContentReadRecord>();

    public DbSet<ContentReviewRecord> Reviews => Set<ContentReviewRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentTypeRecord>(entity =>
        {
            entity.ToTable("Content_Types");
            entity.HasKey(t => t.Name);
        });
        modelBuilder.Entity<ContentItemRecord>(entity =>
        {
            entity.ToTable("Content_Items");
            entity.HasKey(i => i.Id);
        });
        modelBuilder.Entity<ContentVersionRecord>(entity =>
        {
            entity.ToTable("Content_Versions");
            entity.HasKey(v => new { v.ContentItemId, v.VersionNumber });
        });
        modelBuilder.Entity<ContentReadRecord>(entity =>
        {
            entity.ToTable("Content_Reads");
            entity.HasKey(r => new { r.ContentItemId, r.UserId });
        });
        modelBuilder.Entity<ContentReviewRecord>(entity =>
        {
            entity.ToTable("Content_Reviews");
            entity.HasKey(r => r.Id);
        });
    }
}
