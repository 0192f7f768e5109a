namespace Ouroboros.Storage.Sqlite;

/// <summary>Where the SQLite journal lives and how long a writer waits for a lock held by another connection.</summary>
public sealed class SqliteStoreOptions
{
    public const string DefaultPath = ".ouroboros/ouroboros.db";

    /// <summary>Database file; relative paths are resolved against the current directory. The directory is created.</summary>
    public string Path { get; init; } = DefaultPath;

    /// <summary>
    /// How long a statement waits for a lock (SQLite busy timeout) before failing. Generous, because a running agent
    /// writes from several connections (orders, checkpoints, notifications, heartbeats) and other processes read and
    /// write the same journal; on a loaded disk a commit can hold the lock for seconds, and a timeout there stops trading.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
