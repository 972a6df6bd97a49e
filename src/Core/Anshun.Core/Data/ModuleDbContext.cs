using Anshun.Core.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Anshun.Core.Data;

/// <summary>
/// Base of every module's EF Core context. It shares the scope's connection (and transaction)
/// through <see cref="IDataSession"/> and stores every <see cref="DateTime"/> as UTC. A module maps
/// only its own tables. A context whose data feeds shared caches names the change topic its pending
/// changes touch (<see cref="SignalledTopic"/>); the topic is signalled after each such save.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly IDataSession _session;
    private readonly IChangeSignals? _signals;

    protected ModuleDbContext(DbContextOptions options, IDataSession session, IChangeSignals? signals = null)
        : base(options)
    {
        _session = session;
        _signals = signals;
        session.Enlist(this);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var topic = _signals is null ? null : SignalledTopic(ChangeTracker);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (topic is not null)
        {
            await _signals!.SignalAsync(topic, cancellationToken);
        }

        return saved;
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => _session.Configure(optionsBuilder);

    /// <summary>The topic the pending changes touch, or null; only asked when the context was given signals.</summary>
    protected virtual string? SignalledTopic(ChangeTracker changes) => null;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
