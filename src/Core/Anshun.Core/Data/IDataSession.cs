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

    /// <summary>Called by each <see cref="ModuleDbContext"/> when it is created in the scope.</summary>
    void Enlist(DbContext context);
}
