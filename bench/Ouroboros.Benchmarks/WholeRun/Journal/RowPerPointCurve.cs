using System.Globalization;
using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Portfolio;
using SQLitePCL;

namespace Ouroboros.Benchmarks.WholeRun.Journal;

/// <summary>
/// The "before" of the journal bench: an equity curve stored as schema version 8 stored it, one row per point in the
/// <c>equity</c> table (same DDL), written by a copy of version 8's <c>EquityWriter</c> (one native prepared statement,
/// run_id bound once, decimals formatted to UTF-8) and read back as version 8's reader did (a row at a time, decimals
/// parsed from text). Kept here, not in src/, because the product only writes the columnar blob now.
/// </summary>
public static class RowPerPointCurve
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS equity (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            time            INTEGER NOT NULL,
            equity          TEXT    NOT NULL,
            cash            TEXT    NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;
        """;

    private const string InsertSql = "INSERT INTO equity (run_id, seq, time, equity, cash) VALUES (?1, ?2, ?3, ?4, ?5)";

    /// <summary>Adds version 8's equity table to a journal file (not timed).</summary>
    public static void CreateTable(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = CreateSql;
        command.ExecuteNonQuery();
    }

    /// <summary>Writes the curve's rows in one IMMEDIATE transaction, as version 8 did inside the run's transaction.</summary>
    public static void Write(string path, string runId, IReadOnlyList<EquityPoint> equity)
    {
        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, InsertSql, out var statement), db);
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, 1, runId), db);
            Span<byte> equityText = stackalloc byte[64];
            Span<byte> cashText = stackalloc byte[64];
            for (var i = 0; i < equity.Count; i++)
            {
                var point = equity[i];
                Check(raw.sqlite3_bind_int64(statement, 2, i), db);
                Check(raw.sqlite3_bind_int64(statement, 3, point.Time.UtcTicks), db);
                Check(raw.sqlite3_bind_text(statement, 4, Utf8(point.Equity, equityText)), db);
                Check(raw.sqlite3_bind_text(statement, 5, Utf8(point.Cash, cashText)), db);
                var result = raw.sqlite3_step(statement);
                if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, db);
                Check(raw.sqlite3_reset(statement), db);
            }
        }

        transaction.Commit();
    }

    /// <summary>Reads the curve back as version 8's RunReader did.</summary>
    public static List<EquityPoint> Read(string path, string runId)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT time, equity, cash FROM equity WHERE run_id = $run_id ORDER BY seq";
        command.Parameters.AddWithValue("$run_id", runId);
        using var reader = command.ExecuteReader();
        var points = new List<EquityPoint>();
        while (reader.Read())
            points.Add(new EquityPoint(new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), Parse(reader.GetString(1)), Parse(reader.GetString(2))));
        return points;
    }

    private static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static ReadOnlySpan<byte> Utf8(decimal value, Span<byte> buffer) =>
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? buffer[..written] : throw new ArgumentException("buffer too small");

    // The journal's pragmas (Storage.Sqlite SqliteDatabase): pooled, foreign keys on, synchronous=NORMAL.
    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private static void Check(int result, sqlite3 db)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, db);
    }
}
