using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using static Ouroboros.Storage.Sqlite.SqliteStatements;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>
/// The journal of one agent session in the journal's SQLite file. Orders and fills go through
/// <see cref="DurableSessionWriter"/> (synchronous=FULL, committed before the call returns, on the caller's thread:
/// the write must be on disk before the order is sent, so there is nothing to gain by hopping threads); everything
/// else opens a pooled connection per call (synchronous=NORMAL). Every failure is a <see cref="Core.Ports.StorageException"/>.
/// </summary>
public sealed class SqliteSessionJournal : ISessionJournal, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly DurableSessionWriter _writer;

    internal SqliteSessionJournal(SqliteDatabase database, string sessionId)
    {
        _database = database;
        SessionId = sessionId;
        _writer = new DurableSessionWriter(database, sessionId);
    }

    public string SessionId { get; }

    public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var snapshot = OrderSnapshot.Of(order, time); // the order is mutable and owned by the caller: copy it now
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            _writer.WriteOrder(snapshot);
        }
        catch (SqliteException ex)
        {
            throw Failed(ex, $"writing order '{snapshot.Request.Id}' of session '{SessionId}' (it was not written; do not send it)");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendFillAsync(Fill fill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fill);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            _writer.WriteFill(fill);
        }
        catch (SqliteException ex)
        {
            throw Failed(ex, $"writing fill '{fill.Id}' of session '{SessionId}'");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendBatchAsync(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(fills);
        cancellationToken.ThrowIfCancellationRequested();
        if (orders.Count == 0 && fills.Count == 0) return ValueTask.CompletedTask;
        try
        {
            _writer.WriteBatch(orders, fills);
        }
        catch (SqliteException ex)
        {
            _writer.Reset();
            throw Failed(ex, $"writing {orders.Count} orders and {fills.Count} fills of session '{SessionId}' (none was written; send none of them)");
        }
        return ValueTask.CompletedTask;
    }

    public Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the orders of session '{SessionId}'", connection =>
            Query(connection, SessionRows.OrdersSql, BindSession, RowMappers.Order)), cancellationToken);

    public Task<IReadOnlyList<Fill>> FillsAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the fills of session '{SessionId}'", connection =>
            Query(connection, SessionRows.FillsSql, BindSession, RowMappers.Fill)), cancellationToken);

    public Task CheckpointAsync(AgentCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return Task.Run(() => Run(_database, $"writing checkpoint {checkpoint.SlicesDone} of session '{SessionId}'", connection =>
            Execute(connection, SessionRows.CheckpointSql, p =>
            {
                BindSession(p);
                SessionRows.BindCheckpoint(p, checkpoint);
            })), cancellationToken);
    }

    public Task<AgentCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the last checkpoint of session '{SessionId}'", connection =>
            Query(connection, SessionRows.LastCheckpointSql, BindSession, SessionRows.Checkpoint).SingleOrDefault()), cancellationToken);

    public Task<IReadOnlyList<EquityPoint>> EquityAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the equity of session '{SessionId}'", connection =>
            Query(connection, SessionRows.EquitySql, BindSession, SessionRows.Equity)), cancellationToken);

    public Task<bool> TryMarkJobAsync(AgentJobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Market, nameof(job));
        ArgumentException.ThrowIfNullOrWhiteSpace(job.Kind, nameof(job));
        return Task.Run(() => Run(_database, $"marking the {job.Kind} job of {job.Market} on {job.TradingDate:yyyy-MM-dd} in session '{SessionId}'", connection =>
            Execute(connection, SessionRows.MarkJobSql, p =>
            {
                BindSession(p);
                SessionRows.BindJob(p, job);
            }) == 1), cancellationToken);
    }

    public Task<IReadOnlyList<AgentJobRecord>> JobsAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the jobs of session '{SessionId}'", connection =>
            Query(connection, SessionRows.JobsSql, BindSession, SessionRows.Job)), cancellationToken);

    public Task AppendInputAsync(AgentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.Run(() => Run(_database, $"writing input {input.Sequence} of session '{SessionId}'", connection =>
            Execute(connection, SessionRows.AppendInputSql, p =>
            {
                BindSession(p);
                SessionRows.BindInput(p, input);
            })), cancellationToken);
    }

    public Task<IReadOnlyList<AgentInput>> InputsAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, $"reading the inputs of session '{SessionId}'", connection =>
            Query(connection, SessionRows.InputsSql, BindSession, SessionRows.Input)), cancellationToken);

    public Task AppendNotificationAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return Task.Run(() => Run(_database, $"writing a {notification.Kind} notification of session '{SessionId}'", connection =>
            Execute(connection, SessionRows.AppendNotificationSql, p =>
            {
                BindSession(p);
                SessionRows.BindNotification(p, notification);
            })), cancellationToken);
    }

    public Task AppendNotificationsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0) return Task.CompletedTask;
        return Task.Run(() => Run(_database, $"writing {notifications.Count} notifications of session '{SessionId}'", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = SessionRows.AppendNotificationSql;
            foreach (var notification in notifications)
            {
                command.Parameters.Clear();
                BindSession(command.Parameters);
                SessionRows.BindNotification(command.Parameters, notification);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            return notifications.Count;
        }), cancellationToken);
    }

    public Task<IReadOnlyList<Notification>> NotificationsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Task.Run(() => Read(_database, $"reading the notifications of session '{SessionId}'", connection =>
            Query(connection, SessionRows.NotificationsSql, p =>
            {
                BindSession(p);
                p.AddWithValue("$limit", limit);
            }, SessionRows.Notification)), cancellationToken);
    }

    /// <summary>Closes the session's durable connection; reads still work, writes of orders and fills then throw.</summary>
    public void Dispose() => _writer.Dispose();

    internal long SynchronousMode() => _writer.SynchronousMode();

    private void BindSession(SqliteParameterCollection p) => p.AddWithValue("$session_id", SessionId);

    // The connection that failed is dropped, so the next write starts on a fresh one.
    private Core.Ports.StorageException Failed(SqliteException ex, string action)
    {
        _writer.Reset();
        return _database.Failure(ex, action);
    }
}
