using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Data;

/// <summary>
/// Base of every module's EF Core context. It shares the scope's connection (and transaction)
/// through <see cref="IDataSession"/> and stores every <see cref="DateTime"/> as UTC.
/// A module maps only its own tables.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options, IDataSession session)
        : base(options)
    {
        session.Enlist(this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
