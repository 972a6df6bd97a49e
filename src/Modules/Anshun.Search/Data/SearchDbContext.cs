using Anshun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Search.Data;

/// <summary>The search module's tables (<c>Search_*</c>): the task log and the nodes' status.</summary>
public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options, IDataSession session)
    : ModuleDbContext(options, session)
{
    public DbSet<SearchTask> Tasks => Set<SearchTask>();

    public DbSet<SearchNode> Nodes => Set<SearchNode>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SearchTask>(entity =>
        {
            entity.ToTable("Search_Tasks");
            entity.HasKey(t => t.Id);
            entity.Property(t => t.Id).ValueGeneratedOnAdd();
            entity.Property(t => t.Kind).HasConversion<int>();
        });
        modelBuilder.Entity<SearchNode>(entity =>
        {
            entity.ToTable("Search_Nodes");
            entity.HasKey(n => n.NodeName);
        });
    }
}
