using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Contents.Attachments;

/// <summary>The attachments table (<c>Content_Attachments</c>).</summary>
public sealed class AttachmentsDbContext(DbContextOptions<AttachmentsDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AttachmentRecord>(entity =>
        {
            entity.ToTable("Content_Attachments");
            entity.HasKey(a => a.Id);
            entity.Property(a => a.Id).HasMaxLength(32);
            entity.Property(a => a.FileName).HasMaxLength(255);
            entity.Property(a => a.MediaType).HasMaxLength(150);
            entity.Property(a => a.Sha256).HasMaxLength(64);
            entity.Property(a => a.UploadedBy).HasMaxLength(100);
            entity.Property(a => a.ContentItemId).HasMaxLength(32);
        });
    }
}
