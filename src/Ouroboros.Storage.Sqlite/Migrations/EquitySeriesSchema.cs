using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Storage.Sqlite.Series;

namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 9: a run's equity curve becomes one columnar blob per run (<c>equity_series</c>,
/// docs/adr/0006-columnar-equity-curve.md). The rows of the old <c>equity</c> table are moved in place, run by run, in
/// the migration's transaction, then the table is dropped; a value that cannot be read rolls the whole move back.
/// </summary>
internal static class EquitySeriesSchema
{
    // A rowid table: its rows hold megabytes, which SQLite keeps in overflow pages; WITHOUT ROWID suits small rows only.
    public const string Sql = """
        CREATE TABLE equity_series (
            run_id  TEXT    NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
            format  INTEGER NOT NULL,
            points  INTEGER NOT NULL CHECK (points > 0),
            data    BLOB    NOT NULL
        );
        """;

    private const string OldRowsSql = "SELECT run_id, time, equity, cash FROM equity ORDER BY run_id, seq";

    public static void MoveRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = OldRowsSql;
            using var reader = select.ExecuteReader();
            string? runId = null;
            var points = new List<EquityPoint>();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (runId is not null && id != runId)
                {
                    EquityCurveTable.Write(connection, transaction, runId, points);
                    points.Clear();
                }

                runId = id;
                points.Add(ReadPoint(reader, id));
            }

            if (runId is not null) EquityCurveTable.Write(connection, transaction, runId, points);
        }

        using var drop = connection.CreateCommand();
        drop.Transaction = transaction;
        drop.CommandText = "DROP TABLE equity";
        drop.ExecuteNonQuery();
    }

    private static EquityPoint ReadPoint(SqliteDataReader reader, string runId)
    {
        try
        {
            return new EquityPoint(SqliteCodec.DecodeTime(reader.GetInt64(1)), SqliteCodec.DecodeDecimal(reader.GetString(2)),
                SqliteCodec.DecodeDecimal(reader.GetString(3)));
        }
        catch (FormatException ex)
        {
            throw new FormatException($"run '{runId}' has an equity point this build cannot read ({ex.Message.TrimEnd('.')})", ex);
        }
    }
}
