using Microsoft.Data.Sqlite;
using Ouroboros.Core.Journal;
using static Ouroboros.Storage.Sqlite.SqliteCodec;
using Ouroboros.Risk.Events;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Writes one run in a single IMMEDIATE transaction. Each table gets one prepared command whose parameters are
/// rebound per row (a statement is compiled once per table, not per row); the equity curve, the only list that
/// grows with every bar, is one columnar blob (<see cref="EquityCurveTable"/>).
/// </summary>
internal static class RunWriter
{
    private const string InsertRunSql = """
        INSERT INTO runs (id, kind, strategy, data_sources, created_at, data_from, data_to, risk_enabled, metrics_json, parameters_json, result_json)
        VALUES ($id, $kind, $strategy, $data_sources, $created_at, $data_from, $data_to, $risk_enabled, $metrics_json, $parameters_json, $result_json)
        """;

    private const string InsertOrderSql = """
        INSERT INTO orders (run_id, client_order_id, seq, instrument, side, type, quantity, limit_price, stop_price, tif, created_at,
                            strategy, tag, status, filled_quantity, avg_fill_price, fees, broker_order_id, reason, updated_at, cash_amount)
        VALUES ($run_id, $client_order_id, $seq, $instrument, $side, $type, $quantity, $limit_price, $stop_price, $tif, $created_at,
                $strategy, $tag, $status, $filled_quantity, $avg_fill_price, $fees, $broker_order_id, $reason, $updated_at, $cash_amount)
        """;

    private const string InsertFillSql = """
        INSERT INTO fills (run_id, seq, fill_id, client_order_id, instrument, side, quantity, price, fee, time, liquidity)
        VALUES ($run_id, $seq, $fill_id, $client_order_id, $instrument, $side, $quantity, $price, $fee, $time, $liquidity)
        """;

    private const string InsertTradeSql = """
        INSERT INTO trades (run_id, seq, instrument, direction, entry_time, entry_price, exit_time, exit_price, quantity, gross_pnl, fees)
        VALUES ($run_id, $seq, $instrument, $direction, $entry_time, $entry_price, $exit_time, $exit_price, $quantity, $gross_pnl, $fees)
        """;

    private const string InsertRiskDecisionSql = """
        INSERT INTO risk_decisions (run_id, seq, time, client_order_id, instrument, side, quantity, estimated_value, approved, gate, reason, inputs)
        VALUES ($run_id, $seq, $time, $client_order_id, $instrument, $side, $quantity, $estimated_value, $approved, $gate, $reason, $inputs)
        """;

    private const string InsertRiskEventSql = """
        INSERT INTO risk_events (run_id, seq, time, kind, scope, source, message, figures, from_state, to_state, killed, reason, actor)
        VALUES ($run_id, $seq, $time, $kind, $scope, $source, $message, $figures, $from_state, $to_state, $killed, $reason, $actor)
        """;

    /// <summary>Writes the run; false (and nothing written) when a run with the same id is already stored.</summary>
    public static bool Write(SqliteConnection connection, RunRecord run, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(); // IMMEDIATE: takes the write lock up front
        if (RunReader.Exists(connection, transaction, run.Summary.Id)) return false;

        WriteRun(connection, transaction, run);
        var runId = run.Summary.Id.Value;
        WriteOrders(connection, transaction, runId, run, cancellationToken);
        WriteFills(connection, transaction, runId, run, cancellationToken);
        WriteTrades(connection, transaction, runId, run, cancellationToken);
        EquityCurveTable.Write(connection, transaction, runId, run.Equity);
        WriteRiskDecisions(connection, transaction, runId, run, cancellationToken);
        WriteRiskEvents(connection, transaction, runId, run.RiskEvents ?? [], cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return true;
    }

    private static void WriteRun(SqliteConnection connection, SqliteTransaction transaction, RunRecord run)
    {
        var s = run.Summary;
        using var command = Prepare(connection, transaction, InsertRunSql, out var p,
            "$id", "$kind", "$strategy", "$data_sources", "$created_at", "$data_from", "$data_to", "$risk_enabled", "$metrics_json", "$parameters_json", "$result_json");
        Bind(command, p, s.Id.Value, s.Kind, s.Strategy, s.DataSources, EncodeTime(s.CreatedAt), EncodeTimeOrNull(s.From), EncodeTimeOrNull(s.To),
            s.RiskEnabled ? 1L : 0L, JsonColumns.EncodeMetrics(s.Metrics), JsonColumns.EncodeParameters(run.Parameters), run.ResultJson);
    }

    private static void WriteOrders(SqliteConnection connection, SqliteTransaction transaction, string runId, RunRecord run, CancellationToken ct)
    {
        using var command = Prepare(connection, transaction, InsertOrderSql, out var p,
            "$run_id", "$client_order_id", "$seq", "$instrument", "$side", "$type", "$quantity", "$limit_price", "$stop_price", "$tif", "$created_at",
            "$strategy", "$tag", "$status", "$filled_quantity", "$avg_fill_price", "$fees", "$broker_order_id", "$reason", "$updated_at", "$cash_amount");
        for (var i = 0; i < run.Orders.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var o = run.Orders[i];
            var r = o.Request;
            Bind(command, p, runId, r.Id.Value, (long)i, r.Instrument.Value, EncodeEnum(r.Side), EncodeEnum(r.Type), EncodeDecimal(r.Quantity),
                EncodeDecimalOrNull(r.LimitPrice), EncodeDecimalOrNull(r.StopPrice), EncodeEnum(r.TimeInForce), EncodeTime(r.CreatedAt),
                r.Strategy.Value, TextOrNull(r.Tag), EncodeEnum(o.Status), EncodeDecimal(o.FilledQuantity), EncodeDecimal(o.AverageFillPrice),
                EncodeDecimal(o.Fees), TextOrNull(o.BrokerId?.Value), TextOrNull(o.Reason), EncodeTime(o.UpdatedAt), EncodeDecimalOrNull(r.CashAmount));
        }
    }

    private static void WriteFills(SqliteConnection connection, SqliteTransaction transaction, string runId, RunRecord run, CancellationToken ct)
    {
        using var command = Prepare(connection, transaction, InsertFillSql, out var p,
            "$run_id", "$seq", "$fill_id", "$client_order_id", "$instrument", "$side", "$quantity", "$price", "$fee", "$time", "$liquidity");
        for (var i = 0; i < run.Fills.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var f = run.Fills[i];
            Bind(command, p, runId, (long)i, f.Id.Value, f.OrderId.Value, f.Instrument.Value, EncodeEnum(f.Side), EncodeDecimal(f.Quantity),
                EncodeDecimal(f.Price), EncodeDecimal(f.Fee), EncodeTime(f.Time), EncodeEnum(f.Liquidity));
        }
    }

    private static void WriteTrades(SqliteConnection connection, SqliteTransaction transaction, string runId, RunRecord run, CancellationToken ct)
    {
        using var command = Prepare(connection, transaction, InsertTradeSql, out var p,
            "$run_id", "$seq", "$instrument", "$direction", "$entry_time", "$entry_price", "$exit_time", "$exit_price", "$quantity", "$gross_pnl", "$fees");
        for (var i = 0; i < run.Trades.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var t = run.Trades[i];
            Bind(command, p, runId, (long)i, t.Instrument.Value, EncodeEnum(t.Direction), EncodeTime(t.EntryTime), EncodeDecimal(t.EntryPrice),
                EncodeTime(t.ExitTime), EncodeDecimal(t.ExitPrice), EncodeDecimal(t.Quantity), EncodeDecimal(t.GrossPnl), EncodeDecimal(t.Fees));
        }
    }

    private static void WriteRiskDecisions(SqliteConnection connection, SqliteTransaction transaction, string runId, RunRecord run, CancellationToken ct)
    {
        using var command = Prepare(connection, transaction, InsertRiskDecisionSql, out var p,
            "$run_id", "$seq", "$time", "$client_order_id", "$instrument", "$side", "$quantity", "$estimated_value", "$approved", "$gate", "$reason", "$inputs");
        for (var i = 0; i < run.RiskDecisions.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var d = run.RiskDecisions[i];
            Bind(command, p, runId, (long)i, EncodeTime(d.Time), d.OrderId.Value, d.Instrument.Value, EncodeEnum(d.Side), EncodeDecimal(d.Quantity),
                EncodeDecimalOrNull(d.EstimatedValue), d.Approved ? 1L : 0L, TextOrNull(d.Gate), TextOrNull(d.Reason), d.Inputs);
        }
    }

    // A state change also stores its typed move (from, to, killed, reason, actor), so reading it back never parses the message.
    private static void WriteRiskEvents(SqliteConnection connection, SqliteTransaction transaction, string runId, IReadOnlyList<RiskEvent> events, CancellationToken ct)
    {
        using var command = Prepare(connection, transaction, InsertRiskEventSql, out var p,
            "$run_id", "$seq", "$time", "$kind", "$scope", "$source", "$message", "$figures", "$from_state", "$to_state", "$killed", "$reason", "$actor");
        for (var i = 0; i < events.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var e = events[i];
            var change = e.StateChange;
            Bind(command, p, runId, (long)i, EncodeTime(e.Time), EncodeEnum(e.Kind), e.Scope, e.Source, e.Message, e.Figures,
                change is null ? DBNull.Value : EncodeEnum(change.From), change is null ? DBNull.Value : EncodeEnum(change.To),
                change is null ? DBNull.Value : change.Killed ? 1L : 0L, TextOrNull(change?.Reason), TextOrNull(change?.Actor));
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, out SqliteParameter[] parameters, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++) parameters[i] = command.Parameters.AddWithValue(names[i], DBNull.Value); // type follows each bound value
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, SqliteParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}
