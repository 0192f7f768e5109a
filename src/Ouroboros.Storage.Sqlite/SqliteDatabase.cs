using Ouroboros.Core.Ports;
using Microsoft.Data.Sqlite;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// One database file: resolves and prepares its path, opens connections with the journal's pragmas and turns
/// vendor errors into <see cref="StorageException"/>s that name the file and the fix.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _dedicatedConnectionString;
    private readonly string _pragmas;

    private SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
        _dedicatedConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
        _pragmas = $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    }

    /// <summary>Absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>Resolves the path and creates its directory.</summary>
    public static SqliteDatabase Create(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
            throw new StorageException("The SQLite storage path is empty. Fix: set the storage path to a file such as '.ouroboros/ouroboros.db'.");
        if (options.BusyTimeout < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.BusyTimeout, "The busy timeout cannot be negative.");

        string path;
        try
        {
            path = System.IO.Path.GetFullPath(options.Path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StorageException($"The storage path '{options.Path}' is not a valid file path ({ex.Message}). Fix: set the storage path to a file such as '.ouroboros/ouroboros.db'.", ex);
        }

        if (Directory.Exists(path))
            throw new StorageException($"The storage path '{path}' is a directory, not a database file. Fix: point the storage path at a file inside it, e.g. '{System.IO.Path.Combine(path, "ouroboros.db")}'.");

        var directory = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new StorageException(
                    $"Cannot create the directory '{directory}' for the database '{path}': {ex.Message} " +
                    "Fix: point the storage path at a writable location, or create the directory and give this user write access.", ex);
            }
        }

        SqliteNative.EnsureInitialized();
        return new SqliteDatabase(path, options.BusyTimeout);
    }

    /// <summary>An open connection with busy timeout, foreign keys and synchronous=NORMAL set.</summary>
    public SqliteConnection OpenConnection() => Open(_connectionString);

    /// <summary>
    /// Like <see cref="OpenConnection"/>, outside the pool: for a connection held for a long time (a session's journal),
    /// which the pool could only reclaim as leaked if its owner forgot to dispose it.
    /// </summary>
    public SqliteConnection OpenDedicatedConnection() => Open(_dedicatedConnectionString);

    private SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Switches the file to write-ahead logging (persistent) and checks that SQLite accepted it.</summary>
    public void EnableWriteAheadLog(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageException(
                $"The database '{Path}' could not switch to write-ahead logging (journal mode is '{mode}'). " +
                "Fix: keep the database on a local file system (WAL does not work on network shares).");
        }
    }

    /// <summary>Explains a SQLite failure that happened while doing <paramref name="action"/>.</summary>
    public StorageException Failure(SqliteException ex, string action) => new(ex.SqliteErrorCode switch
    {
        SqliteErrorCodes.NotADatabase or SqliteErrorCodes.Corrupt =>
            $"The file '{Path}' is not a usable SQLite database ({ex.Message}) while {action}. " +
            "Fix: point the storage path at a new file or at an existing Ouroboros database, and move this file aside.",
        SqliteErrorCodes.CantOpen =>
            $"Cannot open the database '{Path}' while {action} ({ex.Message}). Fix: check that the directory exists and this user may read and write it.",
        SqliteErrorCodes.ReadOnly or SqliteErrorCodes.Permission =>
            $"The database '{Path}' is read-only for this process while {action} ({ex.Message}). Fix: give this user write access to the file and its directory.",
        SqliteErrorCodes.Busy or SqliteErrorCodes.Locked =>
            $"The database '{Path}' stayed locked by another connection while {action} ({ex.Message}). Fix: retry, or raise the busy timeout if another process holds long transactions.",
        SqliteErrorCodes.Full =>
            $"The disk holding '{Path}' is full while {action} ({ex.Message}). Fix: free disk space and retry.",
        _ => $"SQLite error {ex.SqliteErrorCode} on the database '{Path}' while {action}: {ex.Message}",
    }, ex);
}
