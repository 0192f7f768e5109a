using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteCodec;
using static Ouroboros.Storage.Sqlite.SqliteStatements;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// The append-only log of LLM call attempts (<c>llm_calls</c>) in the journal's SQLite file. Token counts and costs
/// the provider did not report stay NULL; costs are exact decimal text. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqliteLlmCallLog : ILlmCallLog
{
    private const string AppendSql = """
        INSERT INTO llm_calls (time, task, provider, model, prompt_hash, tokens_in, tokens_out, cost, latency_ms, outcome, cache_hit, error)
        VALUES ($time, $task, $provider, $model, $prompt_hash, $tokens_in, $tokens_out, $cost, $latency_ms, $outcome, $cache_hit, $error)
        """;

    // The id breaks ties, so calls logged at the same instant list in the order they were appended.
    private const string ListSql = """
        SELECT time, task, provider, model, prompt_hash, tokens_in, tokens_out, cost, latency_ms, outcome, cache_hit, error
        FROM llm_calls WHERE time >= $from AND time < $to ORDER BY time, id
        """;

    private readonly SqliteDatabase _database;

    private SqliteLlmCallLog(SqliteDatabase database) => _database = database;

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations, like <see cref="SqliteRunStore.Open(SqliteStoreOptions, TimeProvider)"/>.</summary>
    public static SqliteLlmCallLog Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqliteLlmCallLog(database);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqliteLlmCallLog> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Task.Run(() => Open(options, timeProvider), cancellationToken);
    }

    public Task AppendAsync(LlmCallRecord call, CancellationToken cancellationToken)
    {
        Validate(call);
        return Task.Run(() => Run(_database, $"logging an LLM call of '{call.Provider}/{call.Model}' (nothing was written)", connection =>
            Execute(connection, AppendSql, p =>
            {
                p.AddWithValue("$time", SqliteCodec.EncodeTime(call.Time));
                p.AddWithValue("$task", call.Task);
                p.AddWithValue("$provider", call.Provider);
                p.AddWithValue("$model", call.Model);
                p.AddWithValue("$prompt_hash", call.PromptHash);
                p.AddWithValue("$tokens_in", IntOrNull(call.TokensIn));
                p.AddWithValue("$tokens_out", IntOrNull(call.TokensOut));
                p.AddWithValue("$cost", EncodeDecimalOrNull(call.Cost));
                p.AddWithValue("$latency_ms", call.LatencyMs);
                p.AddWithValue("$outcome", call.Outcome);
                p.AddWithValue("$cache_hit", call.CacheHit ? 1L : 0L);
                p.AddWithValue("$error", TextOrNull(call.Error));
            })), cancellationToken);
    }

    public Task<IReadOnlyList<LlmCallRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.Run(() => Run(_database, "reading the LLM call log", connection => Query(connection, ListSql, p =>
        {
            p.AddWithValue("$from", SqliteCodec.EncodeTime(from));
            p.AddWithValue("$to", SqliteCodec.EncodeTime(to));
        }, Read)), cancellationToken);

    private static void Validate(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Task is null || call.Provider is null || call.Model is null || call.PromptHash is null || call.Outcome is null)
            throw new ArgumentException("An LLM call needs a task, provider, model, prompt hash and outcome.", nameof(call));
        if (!double.IsFinite(call.LatencyMs) || call.LatencyMs < 0)
            throw new ArgumentOutOfRangeException(nameof(call), call.LatencyMs, $"The latency of an LLM call of '{call.Provider}/{call.Model}' must be a finite, non-negative number of milliseconds.");
        if (call.TokensIn < 0 || call.TokensOut < 0)
            throw new ArgumentOutOfRangeException(nameof(call), $"Token counts cannot be negative (in {call.TokensIn}, out {call.TokensOut}).");
        if (call.Cost < 0)
            throw new ArgumentOutOfRangeException(nameof(call), call.Cost, "The cost of an LLM call cannot be negative.");
    }

    private static LlmCallRecord Read(SqliteDataReader r) => new(
        SqliteCodec.DecodeTime(r.GetInt64(0)),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        NullableInt(r, 5),
        NullableInt(r, 6),
        r.IsDBNull(7) ? null : DecodeDecimal(r.GetString(7)),
        r.GetDouble(8),
        r.GetString(9),
        r.GetInt64(10) != 0,
        NullableText(r, 11));
}
