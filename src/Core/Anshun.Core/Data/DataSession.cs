using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anshun.Core.Data;

/// <inheritdoc cref="IDataSession" />
public sealed class DataSession(DatabaseProvider provider) : IDataSession, IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> _contexts = [];
    private readonly List<Action> _afterCommit = [];
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public DbConnection Connection => _connection ??= provider.CreateConnection();

    public bool InTransaction => _transaction is not null;

    public async Task<IDataTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            return JoinedTransaction.Instance;
        }

        if (Connection.State != ConnectionState.Open)
        {
            await Connection.OpenAsync(cancellationToken);
        }

        _transaction = await Connection.BeginTransactionAsync(cancellationToken);
        foreach (var context in _contexts)
        {
            await context.Database.UseTransactionAsync(_transaction, cancellationToken);
        }

        return new OwnedTransaction(this);
    }

    public void AfterCommit(Action callback)
    {
        if (_transaction is null)
        {
            callback();
            return;
        }

        _afterCommit.Add(callback);
    }

    public void Configure(DbContextOptionsBuilder options) => provider.ConfigureContext(options, Connection);

    public void Enlist(DbContext context)
    {
        _contexts.Add(context);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
        }
    }

    private async Task EndAsync(bool commit, CancellationToken cancellationToken)
    {
        var transaction = _transaction;
        if (transaction is null)
        {
            return;
        }

        _transaction = null;
        var callbacks = _afterCommit.ToArray();
        _afterCommit.Clear();
        try
        {
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var context in _contexts)
            {
                await context.Database.UseTransactionAsync(null, cancellationToken);
                if (!commit)
                {
                    // Entities tracked during a rolled-back transaction no longer match the database.
                    context.ChangeTracker.Clear();
                }
            }

            await transaction.DisposeAsync();
        }

        if (commit)
        {
            foreach (var callback in callbacks)
            {
                callback();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await EndAsync(commit: false, CancellationToken.None);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
    }

    private sealed class OwnedTransaction(DataSession session) : IDataTransaction
    {
        private bool _done;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            _done = true;
            await session.EndAsync(commit: true, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                _done = true;
                await session.EndAsync(commit: false, CancellationToken.None);
            }
        }
    }

    private sealed class JoinedTransaction : IDataTransaction
    {
        public static readonly JoinedTransaction Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
