using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.SampleModule;

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<SampleNote> Notes => Set<SampleNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleNote>(entity =>
        {
            entity.ToTable("Sample_Notes");
            entity.HasKey(n => n.Id);
            entity.Property(n => n.Text).HasMaxLength(SampleNoteInput.MaxLength);
        });
    }
}
