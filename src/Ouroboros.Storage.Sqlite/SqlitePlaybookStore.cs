using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteStatements;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Daily playbooks (<c>playbooks</c>) in the journal's SQLite file: one row per (date, market), markets compared
/// without case; saving the same day again replaces the row. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqlitePlaybookStore : IPlaybookStore
{
    private const string Columns = "date, market, status, origin, json, token_count, scenario_count, match_count, created_at, problem";

    private const string SaveSql = $"""
        INSERT INTO playbooks ({Columns})
        VALUES ($date, $market, $status, $origin, $json, $token_count, $scenario_count, $match_count, $created_at, $problem)
        ON CONFLICT (date, market) DO UPDATE SET market = excluded.market, status = excluded.status, origin = excluded.origin,
            json = excluded.json, token_count = excluded.token_count, scenario_count = excluded.scenario_count,
            match_count = excluded.match_count, created_at = excluded.created_at, problem = excluded.problem
        """;

    private const string GetSql = $"SELECT {Columns} FROM playbooks WHERE market = $market AND date = $date";

    private const string LatestBeforeSql = $"""
        SELECT {Columns} FROM playbooks WHERE market = $market AND status = $status AND date < $date
        ORDER BY date DESC LIMIT 1
        """;

    private const string SetMatchCountSql = "UPDATE playbooks SET match_count = $match_count WHERE market = $market AND date = $date";

    private const string ListSql = $"""
        SELECT {Columns} FROM playbooks WHERE $market IS NULL OR market = $market
        ORDER BY date DESC, created_at DESC, market LIMIT $limit
        """;

    private readonly SqliteDatabase _database;

    private SqlitePlaybookStore(SqliteDatabase database) => _database = database;

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations, like <see cref="SqliteRunStore.Open(SqliteStoreOptions, TimeProvider)"/>.</summary>
    public static SqlitePlaybookStore Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqlitePlaybookStore(database);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqlitePlaybookStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Task.Run(() => Open(options, timeProvider), cancellationToken);
    }

    public Task SaveAsync(PlaybookRecord playbook, CancellationToken cancellationToken)
    {
        Validate(playbook);
        return Task.Run(() => Run(_database, $"saving the {playbook.Market} playbook of {SqliteCodec.EncodeDay(playbook.Date)} (nothing was written)", connection =>
            Execute(connection, SaveSql, p =>
            {
                p.AddWithValue("$date", SqliteCodec.EncodeDay(playbook.Date));
                p.AddWithValue("$market", playbook.Market);
                p.AddWithValue("$status", playbook.Status);
                p.AddWithValue("$origin", playbook.Origin);
                p.AddWithValue("$json", playbook.Json);
                p.AddWithValue("$token_count", IntOrNull(playbook.TokenCount));
                p.AddWithValue("$scenario_count", playbook.ScenarioCount);
                p.AddWithValue("$match_count", playbook.MatchCount);
                p.AddWithValue("$created_at", SqliteCodec.EncodeTime(playbook.CreatedAt));
                p.AddWithValue("$problem", SqliteCodec.TextOrNull(playbook.Problem));
            })), cancellationToken);
    }

    public Task<PlaybookRecord?> GetAsync(string market, DateOnly date, CancellationToken cancellationToken)
    {
        RequireMarket(market);
        return Task.Run(() => Run(_database, $"reading the {market} playbook of {SqliteCodec.EncodeDay(date)}", connection =>
            Query(connection, GetSql, p =>
            {
                p.AddWithValue("$market", market);
                p.AddWithValue("$date", SqliteCodec.EncodeDay(date));
            }, Read).SingleOrDefault()), cancellationToken);
    }

    public Task<PlaybookRecord?> LatestBeforeAsync(string market, DateOnly date, string status, CancellationToken cancellationToken)
    {
        RequireMarket(market);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        return Task.Run(() => Run(_database, $"looking up the latest '{status}' {market} playbook before {SqliteCodec.EncodeDay(date)}", connection =>
            Query(connection, LatestBeforeSql, p =>
            {
                p.AddWithValue("$market", market);
                p.AddWithValue("$status", status);
                p.AddWithValue("$date", SqliteCodec.EncodeDay(date));
            }, Read).SingleOrDefault()), cancellationToken);
    }

    /// <summary>Sets the day's match count; fails with a <see cref="StorageException"/> when that playbook was never saved.</summary>
    public Task SetMatchCountAsync(string market, DateOnly date, int matches, CancellationToken cancellationToken)
    {
        RequireMarket(market);
        ArgumentOutOfRangeException.ThrowIfNegative(matches);
        var day = SqliteCodec.EncodeDay(date);
        return Task.Run(() =>
        {
            var updated = Run(_database, $"setting the match count of the {market} playbook of {day}", connection =>
                Execute(connection, SetMatchCountSql, p =>
                {
                    p.AddWithValue("$match_count", matches);
                    p.AddWithValue("$market", market);
                    p.AddWithValue("$date", day);
                }));
            if (updated == 0)
            {
                throw new StorageException(
                    $"There is no {market} playbook of {day} in '{Path}' to count matches for. Fix: save the day's playbook before recording its matches.");
            }
        }, cancellationToken);
    }

    public Task<IReadOnlyList<PlaybookRecord>> ListAsync(string? market, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return Task.Run(() => Run(_database, "listing playbooks", connection => Query(connection, ListSql, p =>
        {
            p.AddWithValue("$market", SqliteCodec.TextOrNull(string.IsNullOrWhiteSpace(market) ? null : market.Trim()));
            p.AddWithValue("$limit", limit);
        }, Read)), cancellationToken);
    }

    private static void RequireMarket(string market) => ArgumentException.ThrowIfNullOrWhiteSpace(market);

    private static void Validate(PlaybookRecord playbook)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        if (string.IsNullOrWhiteSpace(playbook.Market))
            throw new ArgumentException("A playbook needs a market such as \"KRX\".", nameof(playbook));
        if (playbook.Status is null || playbook.Origin is null || playbook.Json is null)
            throw new ArgumentException($"The {playbook.Market} playbook needs a status, an origin and its JSON.", nameof(playbook));
        if (playbook.TokenCount < 0 || playbook.ScenarioCount < 0 || playbook.MatchCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(playbook),
                $"Counts cannot be negative (tokens {playbook.TokenCount}, scenarios {playbook.ScenarioCount}, matches {playbook.MatchCount}).");
        }
    }

    private static PlaybookRecord Read(SqliteDataReader r) => new(
        SqliteCodec.DecodeDay(r.GetString(0)),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(4),
        NullableInt(r, 5),
        checked((int)r.GetInt64(6)),
        checked((int)r.GetInt64(7)),
        SqliteCodec.DecodeTime(r.GetInt64(8)),
        NullableText(r, 9));
}
