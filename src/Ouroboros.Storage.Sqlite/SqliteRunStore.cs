using System.Text.Json;
using Microsoft.Data.Sqlite;
using Ouroboros.Core.Journal;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite.Migrations;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// The run journal in one SQLite file (WAL, foreign keys on, synchronous=NORMAL, busy timeout). Runs are
/// immutable: saving an id that is already stored fails. Each call opens a pooled connection, so one instance can
/// be shared by concurrent callers; SQLite serialises the writers. Every failure is a <see cref="StorageException"/>.
/// </summary>
public sealed class SqliteRunStore : IRunStore
{
    private readonly SqliteDatabase _database;

    private SqliteRunStore(SqliteDatabase database, int schemaVersion, IReadOnlyList<int> migrationsApplied)
    {
        _database = database;
        SchemaVersion = schemaVersion;
        MigrationsApplied = migrationsApplied;
    }

    /// <summary>Absolute path of the database file.</summary>
    public string Path => _database.Path;

    /// <summary>The schema version the database is at after opening.</summary>
    public int SchemaVersion { get; }

    /// <summary>Versions applied while opening; empty when the database was already up to date.</summary>
    public IReadOnlyList<int> MigrationsApplied { get; }

    /// <summary>Opens (creating if needed) the database and applies the missing migrations of <see cref="SchemaMigrations.All"/>.</summary>
    public static SqliteRunStore Open(SqliteStoreOptions options, TimeProvider timeProvider) =>
        Open(options, timeProvider, SchemaMigrations.All, CancellationToken.None);

    /// <summary>Opens the database with an explicit migration history (oldest first); used to test upgrades.</summary>
    public static SqliteRunStore Open(SqliteStoreOptions options, TimeProvider timeProvider, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        var (database, applied) = MigratedDatabase.Open(options, timeProvider, migrations, cancellationToken);
        return new SqliteRunStore(database, migrations[^1].Version, applied);
    }

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider)"/>
    public static Task<SqliteRunStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default) =>
        OpenAsync(options, timeProvider, SchemaMigrations.All, cancellationToken);

    /// <inheritdoc cref="Open(SqliteStoreOptions, TimeProvider, IReadOnlyList{Migration}, CancellationToken)"/>
    public static Task<SqliteRunStore> OpenAsync(SqliteStoreOptions options, TimeProvider timeProvider, IReadOnlyList<Migration> migrations,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        MigrationRunner.Validate(migrations);
        return Task.Run(() => Open(options, timeProvider, migrations, cancellationToken), cancellationToken);
    }

    public Task SaveAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Task.Run(() => Save(run, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Task.Run(() => Read("listing runs", connection => RunReader.List(connection, limit)), cancellationToken);
    }

    public Task<RunRecord?> GetAsync(RunId id, CancellationToken cancellationToken) =>
        Task.Run(() => Read($"reading run '{id}'", connection => RunReader.Get(connection, id, cancellationToken)), cancellationToken);

    public Task<bool> DeleteAsync(RunId id, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try
            {
                using var connection = _database.OpenConnection();
                using var command = connection.CreateCommand();
                // Every child table references runs(id) ON DELETE CASCADE, so one statement removes the whole run.
                command.CommandText = "DELETE FROM runs WHERE id = $id";
                command.Parameters.AddWithValue("$id", id.Value);
                return command.ExecuteNonQuery() > 0;
            }
            catch (SqliteException ex)
            {
                throw _database.Failure(ex, $"deleting run '{id}'");
            }
        }, cancellationToken);

    private void Save(RunRecord run, CancellationToken cancellationToken)
    {
        var id = run.Summary.Id;
        bool written;
        try
        {
            using var connection = _database.OpenConnection();
            written = RunWriter.Write(connection, run, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw _database.Failure(ex, $"saving run '{id}' (nothing was written)");
        }

        if (!written)
        {
            throw new StorageException(
                $"A run with id '{id}' is already stored in '{Path}'. Runs are immutable and are never overwritten. " +
                "Fix: save the run under a new id.");
        }
    }

    private T Read<T>(string action, Func<SqliteConnection, T> work)
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
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or JsonException)
        {
            throw new StorageException(
                $"The database '{Path}' holds a value this build cannot read while {action}: {ex.Message} " +
                "Fix: the file was edited outside Ouroboros or written by an incompatible build; restore it from a backup.", ex);
        }
    }
}
