using Ouroboros.Risk.Events;
using Microsoft.Data.Sqlite;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Storage.Sqlite;

/// <summary>Reads run summaries and whole runs back into the domain records, lists in the order they were saved.</summary>
internal static class RunReader
{
    private const string SummaryColumns = "id, kind, strategy, data_sources, created_at, data_from, data_to, risk_enabled, metrics_json";

    private const string ListSql = $"SELECT {SummaryColumns} FROM runs ORDER BY created_at DESC, id DESC LIMIT $limit";

    private const string GetRunSql = $"SELECT {SummaryColumns}, parameters_json, result_json FROM runs WHERE id = $run_id";

    public static bool Exists(SqliteConnection connection, SqliteTransaction? transaction, RunId id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM runs WHERE id = $run_id)";
        command.Parameters.AddWithValue("$run_id", id.Value);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public static IReadOnlyList<RunSummary> List(SqliteConnection connection, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ListSql;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var summaries = new List<RunSummary>();
        while (reader.Read()) summaries.Add(ReadSummary(reader));
        return summaries;
    }

    public static RunRecord? Get(SqliteConnection connection, RunId id, CancellationToken cancellationToken)
    {
        // One read transaction: every SELECT sees the same snapshot of the file.
        using var transaction = connection.BeginTransaction(deferred: true);
        RunSummary summary;
        IReadOnlyDictionary<string, string> parameters;
        string resultJson;
        using (var command = RunCommand(connection, transaction, GetRunSql, id))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            summary = ReadSummary(reader);
            parameters = JsonColumns.DecodeParameters(reader.GetString(9));
            resultJson = reader.GetString(10);
        }

        var orders = ReadRows(connection, transaction, RowMappers.OrdersSql, id, RowMappers.Order, cancellationToken);
        var fills = ReadRows(connection, transaction, RowMappers.FillsSql, id, RowMappers.Fill, cancellationToken);
        var trades = ReadRows(connection, transaction, RowMappers.TradesSql, id, RowMappers.Trade, cancellationToken);
        var equity = EquityCurveTable.Read(connection, transaction, id.Value);
        var risk = ReadRows(connection, transaction, RowMappers.RiskDecisionsSql, id, RowMappers.RiskDecision, cancellationToken);
        var incidents = ReadRows(connection, transaction, RowMappers.RiskEventsSql, id, RowMappers.RiskEvent, cancellationToken);
        transaction.Commit();
        return new RunRecord(summary, parameters, orders, fills, trades, equity, risk, resultJson, incidents);
    }

    private static RunSummary ReadSummary(SqliteDataReader r) => new(
        new RunId(r.GetString(0)),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        SqliteCodec.DecodeTime(r.GetInt64(4)),
        r.IsDBNull(5) ? null : SqliteCodec.DecodeTime(r.GetInt64(5)),
        r.IsDBNull(6) ? null : SqliteCodec.DecodeTime(r.GetInt64(6)),
        r.GetInt64(7) != 0,
        JsonColumns.DecodeMetrics(r.GetString(8)));

    private static List<T> ReadRows<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, RunId id,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        using var command = RunCommand(connection, transaction, sql, id);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(map(reader));
        }

        return rows;
    }

    private static SqliteCommand RunCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, RunId id)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$run_id", id.Value);
        return command;
    }
}
