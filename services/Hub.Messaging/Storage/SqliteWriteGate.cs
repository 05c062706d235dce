using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.Messaging.Storage;

/// <summary>
/// Lets one writer at a time of this process at a SQLite database: the others wait here, asynchronously. Without it,
/// concurrent consumers and requests meet SQLite's single write lock as SQLITE_BUSY, and Microsoft.Data.Sqlite retries
/// that by sleeping 150 ms on a thread-pool thread; under load most threads sleep (the load harness measured the gateway
/// and job matching spending over half their thread time there). Gated: every transaction (BEGIN IMMEDIATE takes the
/// write lock) until it ends, and every INSERT, UPDATE or DELETE run outside one. Reads are not gated (WAL).
/// Other processes on the same file still meet SQLite's own lock.
/// </summary>
public sealed class SqliteWriteGate(TimeSpan timeout) : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // The connection whose transaction holds the gate; released exactly once, on whichever end comes first.
    private readonly ConcurrentDictionary<Guid, bool> _holders = new();

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.ConnectionId);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.ConnectionId, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Left(eventData.ConnectionId);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Left(eventData.ConnectionId);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Leave(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Left(eventData.ConnectionId);

    /// <summary>A transaction disposed without commit or rollback (an exception) ends when EF closes its connection.</summary>
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Leave(eventData.ConnectionId);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => Left(eventData.ConnectionId);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsLoneWrite(command))
        {
            Enter(eventData.ConnectionId);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command))
        {
            await EnterAsync(eventData.ConnectionId, cancellationToken);
        }
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveAfterLoneWrite(command, eventData.ConnectionId);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveAfterLoneWrite(command, eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    /// <summary>SaveChanges of a single statement runs without a transaction, as a reader (INSERT ... RETURNING).</summary>
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (IsLoneWrite(command))
        {
            Enter(eventData.ConnectionId);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsLoneWrite(command))
        {
            await EnterAsync(eventData.ConnectionId, cancellationToken);
        }
        return result;
    }

    /// <summary>SQLite commits a lone statement's implicit transaction when its reader is done.</summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveAfterLoneWrite(command, eventData.ConnectionId);
        return result;
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData)
    {
        if (command.Transaction is null)
        {
            Leave(eventData.ConnectionId);
        }
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        CommandFailed(command, eventData);
        return Task.CompletedTask;
    }

    /// <summary>A write in no transaction is one statement in SQLite's own implicit transaction.</summary>
    private static bool IsLoneWrite(DbCommand command) =>
        command.Transaction is null && command.Connection is not null
        && command.CommandText.TrimStart() is var sql
        && (sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase));

    private void LeaveAfterLoneWrite(DbCommand command, Guid connection)
    {
        if (IsLoneWrite(command))
        {
            Leave(connection);
        }
    }

    private void Enter(Guid connection)
    {
        if (!_gate.Wait(timeout))
        {
            throw Timeout();
        }
        _holders[connection] = true;
    }

    private async Task EnterAsync(Guid connection, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(timeout, cancellationToken))
        {
            throw Timeout();
        }
        _holders[connection] = true;
    }

    private void Leave(Guid connection)
    {
        if (_holders.TryRemove(connection, out _))
        {
            _gate.Release();
        }
    }

    private Task Left(Guid connection)
    {
        Leave(connection);
        return Task.CompletedTask;
    }

    private TimeoutException Timeout() => new($"Another writer of this process held the SQLite database for more than {timeout.TotalSeconds:0} s.");
}
