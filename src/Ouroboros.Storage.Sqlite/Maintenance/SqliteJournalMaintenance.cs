using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;

namespace Ouroboros.Storage.Sqlite.Maintenance;

/// <summary>
/// <see cref="IJournalMaintenance"/> on the SQLite file. Opens the file without migrating it or refusing it when
/// damaged (that is what the stores do), since checking and saving a damaged journal is the point.
/// </summary>
public sealed class SqliteJournalMaintenance : IJournalMaintenance
{
    private readonly SqliteDatabase _database;

    public SqliteJournalMaintenance(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = SqliteDatabase.Create(options);
    }

    public string Path => _database.Path;

    public Task<JournalCheck> CheckAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        RequireFile();
        IReadOnlyList<string> problems;
        try
        {
            using var connection = _database.OpenConnection();
            problems = IntegrityCheck.Problems(connection, full: true);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteErrorCodes.NotADatabase)
        {
            problems = [ex.Message];
        }
        catch (SqliteException ex)
        {
            throw _database.Failure(ex, "checking it");
        }
        return new JournalCheck(Path, Size(Path), problems);
    }, cancellationToken);

    public Task<JournalVacuum> VacuumAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        RequireFile();
        var before = Size(Path);
        try
        {
            using var connection = _database.OpenConnection();
            var problems = IntegrityCheck.Problems(connection, full: false);
            if (problems.Count > 0) throw IntegrityCheck.Damaged(Path, problems);
            using var command = connection.CreateCommand();
            // VACUUM rewrites the database; TRUNCATE checkpoints the WAL into it first so the sizes mean something.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
            command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            throw _database.Failure(ex, "compacting it");
        }
        return new JournalVacuum(Path, before, Size(Path));
    }, cancellationToken);

    public Task<JournalBackup> BackupAsync(string destination, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        return Task.Run(() =>
        {
            RequireFile();
            var target = System.IO.Path.GetFullPath(destination);
            if (string.Equals(target, Path, StringComparison.Ordinal))
                throw new StorageException($"The backup would overwrite the journal itself ({Path}). Fix: name another file for the copy.");
            if (File.Exists(target))
                throw new StorageException($"The backup file {target} already exists. Fix: name a new file, or move the old copy away first.");
            var directory = System.IO.Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            try
            {
                using var source = _database.OpenConnection();
                using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
                {
                    copy.Open();
                    // The online backup API copies a consistent snapshot even while an agent keeps writing.
                    source.BackupDatabase(copy);
                }
            }
            catch (SqliteException ex)
            {
                throw _database.Failure(ex, $"copying it to {target}");
            }
            return new JournalBackup(Path, target, Size(target));
        }, cancellationToken);
    }

    private void RequireFile()
    {
        if (!File.Exists(Path))
            throw new StorageException($"There is no journal at {Path} yet. Fix: check the journal location (the storage path), or run something that stores a run first.");
    }

    private static long Size(string path) => new FileInfo(path).Length;
}
