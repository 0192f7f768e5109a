using Microsoft.Data.Sqlite;
using Ouroboros.Core.Journal;
using static Ouroboros.Storage.Sqlite.SqliteCodec;
using Ouroboros.Risk.Events;

namespace Ouroboros.Storage.Sqlite;

/// <summary>
/// Writes one run in a single IMMEDIATE transaction. Each child table gets one <see cref="NativeInsert"/> prepared once
/// and executed per row (orders and fills run to tens of thousands in a long backtest); the equity curve, the only list
/// that grows with every bar, is one columnar blob (<see cref="EquityCurveTable"/>).
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
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
        """;

    private const string InsertFillSql = """
        INSERT INTO fills (run_id, seq, fill_id, client_order_id, instrument, side, quantity, price, fee, time, liquidity)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        """;

    private const string InsertTradeSql = """
        INSERT INTO trades (run_id, seq, instrument, direction, entry_time, entry_price, exit_time, exit_price, quantity, gross_pnl, fees)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        """;

    private const string InsertRiskDecisionSql = """
        INSERT INTO risk_decisions (run_id, seq, time, client_order_id, instrument, side, quantity, estimated_value, approved, gate, reason, inputs)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
        """;

    private const string InsertRiskEventSql = """
        INSERT INTO risk_events (run_id, seq, time, kind, scope, source, message, figures, from_state, to_state, killed, reason, actor)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        """;

    /// <summary>Writes the run; false (and nothing written) when a run with the same id is already stored.</summary>
    public static bool Write(SqliteConnection connection, RunRecord run, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(); // IMMEDIATE: takes the write lock up front
        if (RunReader.Exists(connection, transaction, run.Summary.Id)) return false;

        WriteRun(connection, transaction, run);
        var runId = run.Summary.Id.Value;
        WriteOrders(connection, runId, run, cancellationToken);
        WriteFills(connection, runId, run, cancellationToken);
        WriteTrades(connection, runId, run, cancellationToken);
        EquityCurveTable.Write(connection, transaction, runId, run.Equity);
        WriteRiskDecisions(connection, runId, run, cancellationToken);
        WriteRiskEvents(connection, runId, run.RiskEvents ?? [], cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return true;
    }

    private static void WriteRun(SqliteConnection connection, SqliteTransaction transaction, RunRecord run)
    {
        var s = run.Summary;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertRunSql;
        var p = command.Parameters;
        p.AddWithValue("$id", s.Id.Value);
        p.AddWithValue("$kind", s.Kind);
        p.AddWithValue("$strategy", s.Strategy);
        p.AddWithValue("$data_sources", s.DataSources);
        p.AddWithValue("$created_at", EncodeTime(s.CreatedAt));
        p.AddWithValue("$data_from", EncodeTimeOrNull(s.From));
        p.AddWithValue("$data_to", EncodeTimeOrNull(s.To));
        p.AddWithValue("$risk_enabled", s.RiskEnabled ? 1L : 0L);
        p.AddWithValue("$metrics_json", JsonColumns.EncodeMetrics(s.Metrics));
        p.AddWithValue("$parameters_json", JsonColumns.EncodeParameters(run.Parameters));
        p.AddWithValue("$result_json", run.ResultJson);
        command.ExecuteNonQuery();
    }

    private static void WriteOrders(SqliteConnection connection, string runId, RunRecord run, CancellationToken ct)
    {
        using var insert = new NativeInsert(connection, InsertOrderSql);
        for (var i = 0; i < run.Orders.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var o = run.Orders[i];
            var r = o.Request;
            insert.Text(1, runId);
            insert.Text(2, r.Id.Value);
            insert.Integer(3, i);
            insert.Text(4, r.Instrument.Value);
            insert.Text(5, EncodeEnum(r.Side));
            insert.Text(6, EncodeEnum(r.Type));
            insert.Decimal(7, r.Quantity);
            insert.Decimal(8, r.LimitPrice);
            insert.Decimal(9, r.StopPrice);
            insert.Text(10, EncodeEnum(r.TimeInForce));
            insert.Time(11, r.CreatedAt);
            insert.Text(12, r.Strategy.Value);
            insert.Text(13, r.Tag);
            insert.Text(14, EncodeEnum(o.Status));
            insert.Decimal(15, o.FilledQuantity);
            insert.Decimal(16, o.AverageFillPrice);
            insert.Decimal(17, o.Fees);
            insert.Text(18, o.BrokerId?.Value);
            insert.Text(19, o.Reason);
            insert.Time(20, o.UpdatedAt);
            insert.Decimal(21, r.CashAmount);
            insert.Execute();
        }
    }

    private static void WriteFills(SqliteConnection connection, string runId, RunRecord run, CancellationToken ct)
    {
        using var insert = new NativeInsert(connection, InsertFillSql);
        for (var i = 0; i < run.Fills.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var f = run.Fills[i];
            insert.Text(1, runId);
            insert.Integer(2, i);
            insert.Text(3, f.Id.Value);
            insert.Text(4, f.OrderId.Value);
            insert.Text(5, f.Instrument.Value);
            insert.Text(6, EncodeEnum(f.Side));
            insert.Decimal(7, f.Quantity);
            insert.Decimal(8, f.Price);
            insert.Decimal(9, f.Fee);
            insert.Time(10, f.Time);
            insert.Text(11, EncodeEnum(f.Liquidity));
            insert.Execute();
        }
    }

    private static void WriteTrades(SqliteConnection connection, string runId, RunRecord run, CancellationToken ct)
    {
        using var insert = new NativeInsert(connection, InsertTradeSql);
        for (var i = 0; i < run.Trades.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var t = run.Trades[i];
            insert.Text(1, runId);
            insert.Integer(2, i);
            insert.Text(3, t.Instrument.Value);
            insert.Text(4, EncodeEnum(t.Direction));
            insert.Time(5, t.EntryTime);
            insert.Decimal(6, t.EntryPrice);
            insert.Time(7, t.ExitTime);
            insert.Decimal(8, t.ExitPrice);
            insert.Decimal(9, t.Quantity);
            insert.Decimal(10, t.GrossPnl);
            insert.Decimal(11, t.Fees);
            insert.Execute();
        }
    }

    private static void WriteRiskDecisions(SqliteConnection connection, string runId, RunRecord run, CancellationToken ct)
    {
        using var insert = new NativeInsert(connection, InsertRiskDecisionSql);
        for (var i = 0; i < run.RiskDecisions.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var d = run.RiskDecisions[i];
            insert.Text(1, runId);
            insert.Integer(2, i);
            insert.Time(3, d.Time);
            insert.Text(4, d.OrderId.Value);
            insert.Text(5, d.Instrument.Value);
            insert.Text(6, EncodeEnum(d.Side));
            insert.Decimal(7, d.Quantity);
            insert.Decimal(8, d.EstimatedValue);
            insert.Integer(9, d.Approved ? 1L : 0L);
            insert.Text(10, d.Gate);
            insert.Text(11, d.Reason);
            insert.Text(12, d.Inputs);
            insert.Execute();
        }
    }

    // A state change also stores its typed move (from, to, killed, reason, actor), so reading it back never parses the message.
    private static void WriteRiskEvents(SqliteConnection connection, string runId, IReadOnlyList<RiskEvent> events, CancellationToken ct)
    {
        using var insert = new NativeInsert(connection, InsertRiskEventSql);
        for (var i = 0; i < events.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var e = events[i];
            var change = e.StateChange;
            insert.Text(1, runId);
            insert.Integer(2, i);
            insert.Time(3, e.Time);
            insert.Text(4, EncodeEnum(e.Kind));
            insert.Text(5, e.Scope);
            insert.Text(6, e.Source);
            insert.Text(7, e.Message);
            insert.Text(8, e.Figures);
            insert.Text(9, change is null ? null : EncodeEnum(change.From));
            insert.Text(10, change is null ? null : EncodeEnum(change.To));
            if (change is null) insert.Null(11);
            else insert.Integer(11, change.Killed ? 1L : 0L);
            insert.Text(12, change?.Reason);
            insert.Text(13, change?.Actor);
            insert.Execute();
        }
    }
}
