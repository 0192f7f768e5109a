using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;

namespace Ouroboros.Storage.Sqlite.Maintenance;

/// <summary>
/// SQLite's own consistency checks. <c>quick_check</c> runs when a process first opens a file (skipping the index
/// cross-checks that make <c>integrity_check</c> slow), so a damaged journal is refused before anything is written
/// to it; the full check is only run on request (the maintenance command).
/// </summary>
internal static class IntegrityCheck
{
    /// <summary>How many problems a check collects at most: enough to say how bad it is, bounded in cost.</summary>
    public const int MaxProblems = 100;

    // Files this process has already found sound, as they were then (size, last write): every store opens the same
    // file, so the check runs once unless the file changed on disk in between (a checkpoint, or someone else).
    private static readonly ConcurrentDictionary<string, (long Length, DateTime Written)> Sound = new(StringComparer.Ordinal);

    /// <summary>
    /// The problems SQLite reports; empty when the file is sound. Damage so bad that the check itself stops (the schema
    /// cannot be read) is one problem, not an error: the file is still SQLite's, just broken.
    /// </summary>
    public static IReadOnlyList<string> Problems(SqliteConnection connection, bool full)
    {
        try
        {
            return Run(connection, full);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteErrorCodes.Corrupt)
        {
            return [ex.Message];
        }
    }

    private static List<string> Run(SqliteConnection connection, bool full)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {(full ? "integrity_check" : "quick_check")}({MaxProblems})";
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
        {
            var line = reader.IsDBNull(0) ? "" : reader.GetString(0);
            if (!string.Equals(line, "ok", StringComparison.OrdinalIgnoreCase)) problems.Add(line);
        }
        return problems;
    }

    /// <summary>Refuses a damaged file with the way out; sound files are remembered so later opens cost nothing.</summary>
    public static void RefuseIfDamaged(SqliteDatabase database, SqliteConnection connection)
    {
        var seen = Stamp(database.Path);
        if (Sound.TryGetValue(database.Path, out var sound) && sound == seen) return;
        var problems = Problems(connection, full: false);
        if (problems.Count > 0) throw Damaged(database.Path, problems);
        Sound[database.Path] = seen;
    }

    private static (long, DateTime) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : (0, DateTime.MinValue);
    }

    public static StorageException Damaged(string path, IReadOnlyList<string> problems) => new(
        $"The journal at {path} is damaged ({Count(problems)}, first: {problems[0]}); run `ouroboros db check` for details, " +
        "`ouroboros db backup` to save what can be read, or move the file away to start fresh.");

    private static string Count(IReadOnlyList<string> problems) => problems.Count switch
    {
        1 => "1 problem",
        >= MaxProblems => $"at least {MaxProblems} problems",
        var n => $"{n} problems",
    };
}
