using Ouroboros.Core.Ports;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Brings a database up to the newest known version: creates <c>schema_migrations</c>, refuses a database written
/// by a newer build, then applies each missing migration in its own transaction and records it.
/// </summary>
internal sealed class MigrationRunner
{
    private const string CreateHistorySql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        );
        """;

    private readonly IReadOnlyList<Migration> _migrations;
    private readonly TimeProvider _timeProvider;
    private readonly string _path;

    public MigrationRunner(IReadOnlyList<Migration> migrations, TimeProvider timeProvider, string path)
    {
        Validate(migrations);
        _migrations = migrations;
        _timeProvider = timeProvider;
        _path = path;
    }

    /// <summary>Checks the list is usable: not empty, versions positive and strictly increasing, names and SQL present.</summary>
    public static void Validate(IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        if (migrations.Count == 0) throw new ArgumentException("At least one migration is required.", nameof(migrations));
        var previous = 0;
        foreach (var migration in migrations)
        {
            ArgumentNullException.ThrowIfNull(migration, nameof(migrations));
            if (migration.Version <= previous)
            {
                throw new ArgumentException(
                    $"Migration versions must be positive and strictly increasing; version {migration.Version} ('{migration.Name}') follows {previous}.",
                    nameof(migrations));
            }

            if (string.IsNullOrWhiteSpace(migration.Name) || string.IsNullOrWhiteSpace(migration.Sql))
                throw new ArgumentException($"Migration {migration.Version} needs a name and SQL.", nameof(migrations));
            previous = migration.Version;
        }
    }

    /// <summary>Applies what is missing and returns the versions applied now (empty when already up to date).</summary>
    public IReadOnlyList<int> Apply(SqliteConnection connection, CancellationToken cancellationToken)
    {
        Execute(connection, null, CreateHistorySql);
        var recorded = ReadRecordedVersions(connection, null);
        RefuseUnknownVersions(recorded);

        var applied = new List<int>();
        foreach (var migration in _migrations)
        {
            if (recorded.Contains(migration.Version)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            if (ApplyOne(connection, migration, recorded)) applied.Add(migration.Version);
        }

        return applied;
    }

    private bool ApplyOne(SqliteConnection connection, Migration migration, HashSet<int> recorded)
    {
        using var transaction = connection.BeginTransaction(); // BEGIN IMMEDIATE: one migrator at a time
        if (ReadRecordedVersions(connection, transaction).Contains(migration.Version))
            return false; // another process applied it while we waited for the lock

        try
        {
            Execute(connection, transaction, migration.Sql);
            migration.Code?.Invoke(connection, transaction);
        }
        catch (Exception ex) when (ex is SqliteException or FormatException or OverflowException or ArgumentException)
        {
            var current = recorded.Count == 0 ? 0 : recorded.Max();
            throw new StorageException(
                $"Migration {migration.Version} ('{migration.Name}') failed on the database '{_path}': {ex.Message}. " +
                $"It was rolled back; the database stays at schema version {current}. " +
                "Fix: restore the file from a backup or move it aside so a fresh database is created.", ex);
        }

        using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $applied_at)";
        record.Parameters.AddWithValue("$version", migration.Version);
        record.Parameters.AddWithValue("$name", migration.Name);
        record.Parameters.AddWithValue("$applied_at", _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        record.ExecuteNonQuery();
        transaction.Commit();
        recorded.Add(migration.Version);
        return true;
    }

    private void RefuseUnknownVersions(HashSet<int> recorded)
    {
        if (recorded.Count == 0) return;
        var latest = _migrations[^1].Version;
        var newest = recorded.Max();
        if (newest > latest)
        {
            throw new StorageException(
                $"The database '{_path}' is at schema version {newest}, but this build of Ouroboros only knows schema versions up to {latest}: " +
                "the code is older than the database. Fix: run a newer Ouroboros build, or point the storage path at another database file.");
        }

        var known = _migrations.Select(m => m.Version).ToHashSet();
        var strangers = recorded.Where(v => !known.Contains(v)).Order().ToList();
        if (strangers.Count > 0)
        {
            throw new StorageException(
                $"The database '{_path}' records schema version(s) {string.Join(", ", strangers)} that this build of Ouroboros does not know. " +
                "Fix: use the Ouroboros build that created this database, or point the storage path at another database file.");
        }
    }

    private static HashSet<int> ReadRecordedVersions(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
