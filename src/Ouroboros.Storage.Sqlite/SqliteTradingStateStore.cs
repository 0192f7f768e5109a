using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Risk.State;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// The operator-visible trading state per scope in the same SQLite file as the run journal (<c>trading_states</c>,
/// one row per scope, and the append-only <c>trading_state_log</c>). A transition updates both in one IMMEDIATE
/// transaction, so the current state and its history never disagree. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqliteTradingStateStore : ITradingStateStore
{
    private const string LoadSql = """
        SELECT scope, state, killed, since, cause, reason, updated_at FROM trading_states
        ORDER BY CASE WHEN scope = 'account' THEN 0 ELSE 1 END, scope
        """;

    private const string UpsertSql = """
        INSERT INTO trading_states (scope, state, killed, since, cause, reason, updated_at)
        VALUES ($scope, $state, $killed, $since, $cause, $reason, $updated_at)
        ON CONFLICT (scope) DO UPDATE SET state = excluded.state, killed = excluded.killed, since = excluded.since,
            cause = excluded.cause, reason = excluded.reason, updated_at = excluded.updated_at
        """;

    private const string AppendSql = """
        INSERT INTO trading_state_log (time, scope, from_state, to_state, killed, cause, reason, actor)
        VALUES ($time, $scope, $from_state, $to_state, $killed, $cause, $reason, $actor)
        """;

    private const string HistorySql = """
        SELECT time, scope, from_state, to_state, killed, cause, reason, actor FROM trading_state_log
        WHERE $scope IS NULL OR scope = $scope ORDER BY seq DESC LIMIT $limit
        """;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;

    private SqliteTradingStateStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
    }

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations, like <see cref="SqliteRunStore.Open(SqliteStoreOptions, TimeProvider)"/>.</summary>
    public static SqliteTradingStateStore Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqliteTradingStateStore(database, timeProvider);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqliteTradingStateStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Task.Run(() => Open(options, timeProvider), cancellationToken);
    }

    public Task<IReadOnlyList<ScopeStateRecord>> LoadStatesAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Run("reading the trading states", connection => Query(connection, LoadSql, _ => { }, ReadState)), cancellationToken);

    public Task SaveTransitionAsync(TradingStateChanged transition, CancellationToken cancellationToken)
    {
        Validate(transition);
        return Task.Run(() => Run($"saving the trading state of '{transition.Scope}' (nothing was written)", connection =>
        {
            using var transaction = connection.BeginTransaction(); // IMMEDIATE: state row and log row land together or not at all
            Execute(connection, transaction, UpsertSql, p =>
            {
                p.AddWithValue("$scope", transition.Scope);
                p.AddWithValue("$state", EncodeEnum(transition.To));
                p.AddWithValue("$killed", transition.Killed ? 1L : 0L);
                p.AddWithValue("$since", EncodeTime(transition.Time));
                p.AddWithValue("$cause", transition.Cause);
                p.AddWithValue("$reason", transition.Reason);
                p.AddWithValue("$updated_at", EncodeTime(_timeProvider.GetUtcNow()));
            });
            Execute(connection, transaction, AppendSql, p =>
            {
                p.AddWithValue("$time", EncodeTime(transition.Time));
                p.AddWithValue("$scope", transition.Scope);
                p.AddWithValue("$from_state", EncodeEnum(transition.From));
                p.AddWithValue("$to_state", EncodeEnum(transition.To));
                p.AddWithValue("$killed", transition.Killed ? 1L : 0L);
                p.AddWithValue("$cause", transition.Cause);
                p.AddWithValue("$reason", transition.Reason);
                p.AddWithValue("$actor", transition.Actor);
            });
            transaction.Commit();
            return true;
        }), cancellationToken);
    }

    public Task<IReadOnlyList<TradingStateChanged>> HistoryAsync(string? scope, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Task.Run(() => Run("reading the trading state log", connection => Query(connection, HistorySql, p =>
        {
            p.AddWithValue("$scope", TextOrNull(string.IsNullOrWhiteSpace(scope) ? null : scope.Trim()));
            p.AddWithValue("$limit", limit);
        }, ReadTransition)), cancellationToken);
    }

    private static void Validate(TradingStateChanged transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        if (string.IsNullOrWhiteSpace(transition.Scope))
            throw new ArgumentException("A trading state transition needs a scope: \"account\" or a market such as \"KRX\".", nameof(transition));
        if (string.IsNullOrWhiteSpace(transition.Actor))
            throw new ArgumentException($"The transition of '{transition.Scope}' needs an actor (who moved it, e.g. \"cli:alice\").", nameof(transition));
        if (transition.Cause is null || transition.Reason is null)
            throw new ArgumentException($"The transition of '{transition.Scope}' needs a cause and a reason.", nameof(transition));
        EncodeEnum(transition.From);
        EncodeEnum(transition.To);
    }

    private static ScopeStateRecord ReadState(SqliteDataReader r) => new(
        r.GetString(0), DecodeEnum<TradingState>(r.GetString(1)), r.GetInt64(2) != 0, DecodeTime(r.GetInt64(3)),
        r.GetString(4), r.GetString(5), DecodeTime(r.GetInt64(6)));

    private static TradingStateChanged ReadTransition(SqliteDataReader r) => new(
        DecodeTime(r.GetInt64(0)), r.GetString(1), DecodeEnum<TradingState>(r.GetString(2)), DecodeEnum<TradingState>(r.GetString(3)),
        r.GetInt64(4) != 0, r.GetString(5), r.GetString(6), r.GetString(7));

    private static IReadOnlyList<T> Query<T>(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, Action<SqliteParameterCollection> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        bind(command.Parameters);
        command.ExecuteNonQuery();
    }

    private T Run<T>(string action, Func<SqliteConnection, T> work)
    {
        try
        {
            using var connection = _database.OpenConnection();
            return work(connection);
        }
        catch (SqliteException ex)
        {
            throw _database.Failure(ex, action);
        }
        catch (FormatException ex)
        {
            throw new StorageException(
                $"The database '{Path}' holds a trading state this build cannot read while {action}: {ex.Message} " +
                "Fix: the file was edited outside Ouroboros or written by a newer build; restore it from a backup.", ex);
        }
    }
}
