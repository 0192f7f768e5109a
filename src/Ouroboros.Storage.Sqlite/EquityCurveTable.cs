using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Storage.Sqlite.Series;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Stores an equity curve, the one list that grows with the data (a point per bar, millions for long intraday runs),
/// as one compressed columnar blob in <c>equity_series</c> (<see cref="EquityCurveCodec"/>) instead of a row per point:
/// a million points cost one row and a few megabytes. An empty curve stores no row.
/// </summary>
internal static class EquityCurveTable
{
    public const string InsertSql = "INSERT INTO equity_series (run_id, format, points, data) VALUES ($run_id, $format, $points, $data)";

    public const string SelectSql = "SELECT format, points, data FROM equity_series WHERE run_id = $run_id";

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string runId, IReadOnlyList<EquityPoint> equity)
    {
        if (equity.Count == 0) return;
        var blob = EquityCurveCodec.Encode(equity);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        command.Parameters.AddWithValue("$run_id", runId);
        command.Parameters.AddWithValue("$format", (long)EquityCurveCodec.Format);
        command.Parameters.AddWithValue("$points", (long)equity.Count);
        command.Parameters.Add("$data", SqliteType.Blob).Value = blob;
        command.ExecuteNonQuery();
    }

    /// <summary>The run's curve; empty when it stored none.</summary>
    public static IReadOnlyList<EquityPoint> Read(SqliteConnection connection, SqliteTransaction transaction, string runId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SelectSql;
        command.Parameters.AddWithValue("$run_id", runId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return [];
        var format = reader.GetInt64(0);
        if (format != EquityCurveCodec.Format)
            throw new FormatException($"The equity curve of run '{runId}' has format {format}; this build reads format {EquityCurveCodec.Format}.");
        var points = checked((int)reader.GetInt64(1));
        return EquityCurveCodec.Decode(reader.GetFieldValue<byte[]>(2), points);
    }
}
