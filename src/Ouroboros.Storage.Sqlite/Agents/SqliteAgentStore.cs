using Ouroboros.Core.Agent;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteStatements;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>
/// The agents of one journal file (<c>agent_sessions</c>, <c>agent_leases</c>, <c>agent_heartbeats</c>) and the
/// journal of each session (<see cref="SqliteSessionJournal"/>). Each call here opens a pooled connection
/// (synchronous=NORMAL), so one instance can be shared; the lease is atomic across processes because acquiring it
/// is one <c>BEGIN IMMEDIATE</c> transaction. Every failure is a <see cref="Core.Ports.StorageException"/>.
/// </summary>
public sealed class SqliteAgentStore : IAgentStore
{
    private readonly SqliteDatabase _database;

    private SqliteAgentStore(SqliteDatabase database) => _database = database;

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations, like <see cref="SqliteRunStore.Open(SqliteStoreOptions, TimeProvider)"/>.</summary>
    public static SqliteAgentStore Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqliteAgentStore(database);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqliteAgentStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Task.Run(() => Open(options, timeProvider), cancellationToken);
    }

    public Task<AgentSessionRecord?> LatestSessionAsync(string account, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        return Task.Run(() => Read(_database, $"reading the latest agent session of '{account}'", connection =>
            Query(connection, AgentRows.LatestSessionSql, p => p.AddWithValue("$account", account), AgentRows.Session).SingleOrDefault()), cancellationToken);
    }

    public Task<AgentSessionRecord?> SessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return Task.Run(() => Read(_database, $"reading the agent session '{sessionId}'", connection =>
            Query(connection, AgentRows.SessionSql, p => p.AddWithValue("$session_id", sessionId), AgentRows.Session).SingleOrDefault()), cancellationToken);
    }

    public Task<IReadOnlyList<AgentSessionRecord>> SessionsAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Task.Run(() => Read(_database, "listing the agent sessions", connection =>
            Query(connection, AgentRows.SessionsSql, p => p.AddWithValue("$limit", limit), AgentRows.Session)), cancellationToken);
    }

    public Task SaveSessionAsync(AgentSessionRecord session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentException.ThrowIfNullOrWhiteSpace(session.SessionId, nameof(session));
        ArgumentException.ThrowIfNullOrWhiteSpace(session.Account, nameof(session));
        return Task.Run(() => Run(_database, $"saving the agent session '{session.SessionId}' (nothing was written)", connection =>
            Execute(connection, AgentRows.SaveSessionSql, p => AgentRows.BindSession(p, session))), cancellationToken);
    }

    public Task<LeaseGrant> TryAcquireLeaseAsync(AgentLease lease, CancellationToken cancellationToken)
    {
        Validate(lease);
        return Task.Run(() => Read(_database, $"taking the lease of account '{lease.Account}' for session '{lease.SessionId}'",
            connection => LeaseTable.TryAcquire(connection, lease)), cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(AgentLease lease, CancellationToken cancellationToken)
    {
        Validate(lease);
        return Task.Run(() => Run(_database, $"renewing the lease of account '{lease.Account}' for session '{lease.SessionId}'",
            connection => LeaseTable.Renew(connection, lease)), cancellationToken);
    }

    public Task ReleaseLeaseAsync(string account, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return Task.Run(() => Run(_database, $"releasing the lease of account '{account}' held by session '{sessionId}'", connection =>
        {
            LeaseTable.Release(connection, account, sessionId);
            return true;
        }), cancellationToken);
    }

    public Task WriteHeartbeatAsync(AgentHeartbeat heartbeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        ArgumentException.ThrowIfNullOrWhiteSpace(heartbeat.SessionId, nameof(heartbeat));
        return Task.Run(() => Run(_database, $"writing the heartbeat of session '{heartbeat.SessionId}'", connection =>
            Execute(connection, AgentRows.WriteHeartbeatSql, p => AgentRows.BindHeartbeat(p, heartbeat))), cancellationToken);
    }

    public Task<IReadOnlyList<AgentHeartbeat>> HeartbeatsAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Read(_database, "reading the agent heartbeats", connection => Query(connection, AgentRows.HeartbeatsSql, _ => { }, AgentRows.Heartbeat)),
            cancellationToken);

    /// <summary>The session's journal; it opens its own connection on first use. Dispose it when the session ends.</summary>
    public ISessionJournal OpenSession(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return new SqliteSessionJournal(_database, sessionId);
    }

    private static void Validate(AgentLease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.Account, nameof(lease));
        ArgumentException.ThrowIfNullOrWhiteSpace(lease.SessionId, nameof(lease));
        if (lease.ExpiresAt < lease.AcquiredAt)
            throw new ArgumentException($"The lease of '{lease.Account}' expires ({lease.ExpiresAt:O}) before it is acquired ({lease.AcquiredAt:O}).", nameof(lease));
    }
}
