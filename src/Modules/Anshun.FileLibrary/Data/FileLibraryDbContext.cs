using Anshun.Core.Caching;
using Anshun.Core.Data;
using Anshun.FileLibrary.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.FileLibrary.Data;

/// <summary>The file library's tables (<c>FileLib_*</c>).</summary>
public sealed class FileLibraryDbContext(DbContextOptions<FileLibraryDbContext> options, IDataSession session, IChangeSignals? signals = null)
    : ModuleDbContext(options, session, signals)
{
    public DbSet<FileFolder> Folders => Set<FileFolder>();

    public DbSet<FolderRule> FolderRules => Set<FolderRule>();

    public DbSet<SharedFile> Files => Set<SharedFile>();

    public DbSet<SharedFileVersion> Versions => Set<SharedFileVersion>();

    protected override string? SignalledTopic(ChangeTracker changes) =>
        FileLibraryChanges.Pending(changes) ? FileLibraryChanges.Topic : null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FileFolder>(entity =>
        {
            entity.ToTable("FileLib_Folders");
            entity.HasKey(f => f.Id);
        });
        modelBuilder.Entity<FolderRule>(entity =>
        {
            entity.ToTable("FileLib_FolderRules");
            entity.HasKey(r => r.Id);
            entity.Property(r => r.Id).ValueGeneratedOnAdd();
            entity.Property(r => r.Role).HasConversion<int>();
            entity.Property(r => r.Kind).HasConversion<int>();
        });
        modelBuilder.Entity<SharedFile>(entity =>
        {
            entity.ToTable("FileLib_Files");
            entity.HasKey(f => f.Id);
        });
        modelBuilder.Entity<SharedFileVersion>(entity =>
        {
            entity.ToTable("FileLib_FileVersions");
            entity.HasKey(v => v.Id);
            entity.Property(v => v.Id).ValueGeneratedOnAdd();
        });
    }
}
