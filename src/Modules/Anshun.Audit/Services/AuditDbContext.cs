using Anshun.Audit.Models;
using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Audit.Services;

/// <summary>The audit module's only table, <c>Audit_Records</c>.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(entity =>
        {
            entity.ToTable("Audit_Records");
            entity.HasKey(r => r.Sequence);
            entity.Property(r => r.Sequence).ValueGeneratedNever();
            entity.Property(r => r.EventType).HasMaxLength(AuditLimits.EventType);
            entity.Property(r => r.UserName).HasMaxLength(AuditLimits.UserName);
            entity.Property(r => r.UserId).HasMaxLength(AuditLimits.UserId);
            entity.Property(r => r.ClientIp).HasMaxLength(AuditLimits.ClientIp);
            entity.Property(r => r.Target).HasMaxLength(AuditLimits.Target);
            entity.Property(r => r.PreviousHash).HasMaxLength(64);
            entity.Property(r => r.Hash).HasMaxLength(64);
        });
    }
}
