using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite.Migrations;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Broker access tokens in the journal's file (<c>broker_tokens</c>), so ten restarts do not issue ten tokens. The
/// token is a secret: it lives only in this file (keep it where the journal is, readable by its owner only) and never
/// in a log. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqliteBrokerTokenStore : IBrokerTokenStore
{
    private const string LoadSql = "SELECT token, issued_at, expires_at FROM broker_tokens WHERE broker = $broker AND key_fingerprint = $key";

    private const string SaveSql = """
        INSERT INTO broker_tokens (broker, key_fingerprint, token, issued_at, expires_at) VALUES ($broker, $key, $token, $issued, $expires)
        ON CONFLICT (broker, key_fingerprint) DO UPDATE SET token = excluded.token, issued_at = excluded.issued_at, expires_at = excluded.expires_at
        """;

    private const string DeleteSql = "DELETE FROM broker_tokens WHERE broker = $broker AND key_fingerprint = $key";

    private readonly SqliteDatabase _database;

    private SqliteBrokerTokenStore(SqliteDatabase database) => _database = database;

    /// <summary>Opens (creating if needed) the database and applies the missing migrations.</summary>
    public static SqliteBrokerTokenStore Open(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        var (database, _) = MigratedDatabase.Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);
        return new SqliteBrokerTokenStore(database);
    }

    public ValueTask<BrokerToken?> LoadAsync(string broker, string keyFingerprint, CancellationToken cancellationToken) =>
        new(Task.Run(() => Run("reading a broker token", connection =>
        {
            using var command = Command(connection, LoadSql, broker, keyFingerprint);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new BrokerToken(reader.GetString(0), DecodeTime(reader.GetInt64(1)), DecodeTime(reader.GetInt64(2))) : null;
        }), cancellationToken));

    public ValueTask SaveAsync(string broker, string keyFingerprint, BrokerToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(Task.Run(() => Run("saving a broker token (nothing was written)", connection =>
        {
            using var command = Command(connection, SaveSql, broker, keyFingerprint);
            command.Parameters.AddWithValue("$token", token.Value);
            command.Parameters.AddWithValue("$issued", EncodeTime(token.IssuedAt));
            command.Parameters.AddWithValue("$expires", EncodeTime(token.ExpiresAt));
            return command.ExecuteNonQuery();
        }), cancellationToken));
    }

    public ValueTask DeleteAsync(string broker, string keyFingerprint, CancellationToken cancellationToken) =>
        new(Task.Run(() => Run("deleting a broker token", connection =>
        {
            using var command = Command(connection, DeleteSql, broker, keyFingerprint);
            return command.ExecuteNonQuery();
        }), cancellationToken));

    private static SqliteCommand Command(SqliteConnection connection, string sql, string broker, string keyFingerprint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(broker);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFingerprint);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$broker", broker);
        command.Parameters.AddWithValue("$key", keyFingerprint);
        return command;
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
    }
}
