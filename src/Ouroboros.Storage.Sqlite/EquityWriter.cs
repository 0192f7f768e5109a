using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Portfolio;
using SQLitePCL;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Bulk insert of an equity curve, the one list that grows with the data (a point per bar, millions for long
/// intraday runs). One native prepared statement runs inside the writer's open transaction: run_id is bound once,
/// and per row only seq, time and the two decimals (formatted straight to UTF-8 on the stack) are rebound, which
/// avoids the per-execution overhead of <see cref="SqliteCommand"/> (parameter lookup by name, reader objects).
/// </summary>
internal static class EquityWriter
{
    private const string InsertSql = "INSERT INTO equity (run_id, seq, time, equity, cash) VALUES (?1, ?2, ?3, ?4, ?5)";

    public static void Write(SqliteConnection connection, string runId, IReadOnlyList<EquityPoint> equity, CancellationToken cancellationToken)
    {
        if (equity.Count == 0) return;
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, InsertSql, out var statement), db);
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, 1, runId), db);
            Span<byte> equityText = stackalloc byte[SqliteCodec.MaxDecimalUtf8Length];
            Span<byte> cashText = stackalloc byte[SqliteCodec.MaxDecimalUtf8Length];
            for (var i = 0; i < equity.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var point = equity[i];
                Check(raw.sqlite3_bind_int64(statement, 2, i), db);
                Check(raw.sqlite3_bind_int64(statement, 3, SqliteCodec.EncodeTime(point.Time)), db);
                Check(raw.sqlite3_bind_text(statement, 4, SqliteCodec.EncodeDecimal(point.Equity, equityText)), db);
                Check(raw.sqlite3_bind_text(statement, 5, SqliteCodec.EncodeDecimal(point.Cash, cashText)), db);
                var result = raw.sqlite3_step(statement);
                if (result != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(result, db);
                Check(raw.sqlite3_reset(statement), db);
            }
        }
    }

    private static void Check(int result, sqlite3 db)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, db);
    }
}
