using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Anshun.Core.Data;

/// <summary>
/// The database connection of one request (or background unit of work). Every module's
/// <see cref="ModuleDbContext"/> in the scope shares it, so a transaction begun here spans all
/// modules: a recipe or an admin action either commits whole or leaves nothing behind.
/// </summary>
public interface IDataSession
{
    DbConnection Connection { get; }

    /// <summary>True while a transaction begun on this session is open.</summary>
    bool InTransaction { get; }

    /// <summary>
    /// Begins a transaction, or joins the one already open (the outer owner then commits).
    /// Dispose without <see cref="IDataTransaction.CommitAsync"/> rolls back.
    /// </summary>
    Task<IDataTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="callback"/> once the outermost transaction commits (at once when none is open);
    /// dropped when it rolls back. For in-process nudges that must not see uncommitted rows; must not throw.
    /// </summary>
    void AfterCommit(Action callback);

    /// <summary>Called by each <see cref="ModuleDbContext"/> when it is created in the scope.</summary>
    void Enlist(DbContext context);

    /// <summary>
    /// Points a context at this session's connection; called from the context's <c>OnConfiguring</c>,
    /// i.e. on its first use, so a context a request only injects costs nothing more.
    /// </summary>
    void Configure(DbContextOptionsBuilder options);
}
