using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteStatements;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Recorded model answers (<c>llm_response_cache</c>) keyed by provider, model, schema hash and prompt hash, in the
/// journal's SQLite file. Putting a key again replaces its answer. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqliteResponseCache : IResponseCache
{
    private const string GetSql = """
        SELECT text, tokens_in, tokens_out, prompt_preview, recorded_at FROM llm_response_cache
        WHERE provider = $provider AND model = $model AND schema_hash = $schema_hash AND prompt_hash = $prompt_hash
        """;

    private const string PutSql = """
        INSERT INTO llm_response_cache (provider, model, schema_hash, prompt_hash, text, tokens_in, tokens_out, prompt_preview, recorded_at)
        VALUES ($provider, $model, $schema_hash, $prompt_hash, $text, $tokens_in, $tokens_out, $prompt_preview, $recorded_at)
        ON CONFLICT (provider, model, schema_hash, prompt_hash) DO UPDATE SET text = excluded.text, tokens_in = excluded.tokens_in,
            tokens_out = excluded.tokens_out, prompt_preview = excluded.prompt_preview, recorded_at = excluded.recorded_at
        """;

    private readonly SqliteDatabase _database;

    private SqliteResponseCache(SqliteDatabase database) => _database = database;

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations, like <see cref="SqliteRunStore.Open(SqliteStoreOptions, TimeProvider)"/>.</summary>
    public static SqliteResponseCache Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqliteResponseCache(database);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqliteResponseCache> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Task.Run(() => Open(options, timeProvider), cancellationToken);
    }

    public Task<CachedResponse?> GetAsync(ResponseCacheKey key, CancellationToken cancellationToken)
    {
        Validate(key);
        return Task.Run(() => Run(_database, $"reading the cached answer of '{key.Provider}/{key.Model}'", connection =>
            Query(connection, GetSql, p => Bind(p, key), Read).SingleOrDefault()), cancellationToken);
    }

    public Task PutAsync(ResponseCacheKey key, CachedResponse response, CancellationToken cancellationToken)
    {
        Validate(key);
        ArgumentNullException.ThrowIfNull(response);
        if (response.Text is null || response.PromptPreview is null)
            throw new ArgumentException("A cached answer needs its text and a prompt preview.", nameof(response));
        if (response.TokensIn < 0 || response.TokensOut < 0)
            throw new ArgumentOutOfRangeException(nameof(response), $"Token counts cannot be negative (in {response.TokensIn}, out {response.TokensOut}).");
        return Task.Run(() => Run(_database, $"caching an answer of '{key.Provider}/{key.Model}' (nothing was written)", connection =>
            Execute(connection, PutSql, p =>
            {
                Bind(p, key);
                p.AddWithValue("$text", response.Text);
                p.AddWithValue("$tokens_in", IntOrNull(response.TokensIn));
                p.AddWithValue("$tokens_out", IntOrNull(response.TokensOut));
                p.AddWithValue("$prompt_preview", response.PromptPreview);
                p.AddWithValue("$recorded_at", SqliteCodec.EncodeTime(response.RecordedAt));
            })), cancellationToken);
    }

    private static void Validate(ResponseCacheKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Provider is null || key.Model is null || key.SchemaHash is null || key.PromptHash is null)
            throw new ArgumentException("A response cache key needs a provider, model, schema hash and prompt hash.", nameof(key));
    }

    private static void Bind(SqliteParameterCollection p, ResponseCacheKey key)
    {
        p.AddWithValue("$provider", key.Provider);
        p.AddWithValue("$model", key.Model);
        p.AddWithValue("$schema_hash", key.SchemaHash);
        p.AddWithValue("$prompt_hash", key.PromptHash);
    }

    private static CachedResponse Read(SqliteDataReader r) => new(
        r.GetString(0), NullableInt(r, 1), NullableInt(r, 2), r.GetString(3), SqliteCodec.DecodeTime(r.GetInt64(4)));
}
