using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Portfolio;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>The SQL of a session's journal tables besides the hot path, and the mapping of their rows.</summary>
internal static class SessionRows
{
    // Same columns, in the same order, as RowMappers.OrdersSql and FillsSql, so RowMappers.Order and Fill read both.
    public const string OrdersSql = """
        SELECT client_order_id, instrument, side, type, quantity, limit_price, stop_price, tif, created_at, strategy, tag,
               status, filled_quantity, avg_fill_price, fees, broker_order_id, reason, updated_at, cash_amount
        FROM agent_orders WHERE session_id = $session_id ORDER BY seq
        """;

    public const string FillsSql = """
        SELECT fill_id, client_order_id, instrument, side, quantity, price, fee, time, liquidity
        FROM agent_fills WHERE session_id = $session_id ORDER BY seq
        """;

    public const string CheckpointSql = """
        INSERT INTO agent_checkpoints (session_id, slices_done, slice_time, equity, cash, positions_json, written_at)
        VALUES ($session_id, $slices_done, $slice_time, $equity, $cash, $positions_json, $written_at)
        ON CONFLICT (session_id, slices_done) DO UPDATE SET slice_time = excluded.slice_time, equity = excluded.equity, cash = excluded.cash,
            positions_json = excluded.positions_json, written_at = excluded.written_at
        """;

    private const string CheckpointColumns = "slices_done, slice_time, equity, cash, positions_json, written_at";

    public const string LastCheckpointSql = $"SELECT {CheckpointColumns} FROM agent_checkpoints WHERE session_id = $session_id ORDER BY slices_done DESC LIMIT 1";

    public const string EquitySql = "SELECT slice_time, equity, cash FROM agent_checkpoints WHERE session_id = $session_id ORDER BY slices_done";

    public const string MarkJobSql = """
        INSERT INTO agent_jobs (session_id, market, trading_date, kind, sequence, scheduled_at, ran_at, outcome)
        VALUES ($session_id, $market, $trading_date, $kind, $sequence, $scheduled_at, $ran_at, $outcome)
        ON CONFLICT DO NOTHING
        """;

    public const string JobsSql = """
        SELECT market, trading_date, kind, sequence, scheduled_at, ran_at, outcome FROM agent_jobs WHERE session_id = $session_id ORDER BY rowid
        """;

    public const string AppendInputSql = """
        INSERT INTO agent_inputs (session_id, sequence, after_slices, kind, time, payload)
        VALUES ($session_id, $sequence, $after_slices, $kind, $time, $payload)
        ON CONFLICT DO NOTHING
        """;

    public const string InputsSql = "SELECT sequence, after_slices, kind, time, payload FROM agent_inputs WHERE session_id = $session_id ORDER BY sequence";

    public const string AppendNotificationSql = """
        INSERT INTO agent_notifications (session_id, time, kind, severity, message, market, instrument, order_id)
        VALUES ($session_id, $time, $kind, $severity, $message, $market, $instrument, $order_id)
        """;

    public const string NotificationsSql = """
        SELECT time, kind, severity, message, market, instrument, order_id FROM agent_notifications WHERE session_id = $session_id
        ORDER BY time DESC, id DESC LIMIT $limit
        """;

    public static void BindCheckpoint(SqliteParameterCollection p, AgentCheckpoint c)
    {
        p.AddWithValue("$slices_done", c.SlicesDone);
        p.AddWithValue("$slice_time", EncodeTime(c.SliceTime));
        p.AddWithValue("$equity", EncodeDecimal(c.Equity));
        p.AddWithValue("$cash", EncodeDecimal(c.Cash));
        p.AddWithValue("$positions_json", c.PositionsJson);
        p.AddWithValue("$written_at", EncodeTime(c.WrittenAt));
    }

    public static AgentCheckpoint Checkpoint(SqliteDataReader r) => new(
        r.GetInt64(0), DecodeTime(r.GetInt64(1)), DecodeDecimal(r.GetString(2)), DecodeDecimal(r.GetString(3)), r.GetString(4), DecodeTime(r.GetInt64(5)));

    public static EquityPoint Equity(SqliteDataReader r) => new(DecodeTime(r.GetInt64(0)), DecodeDecimal(r.GetString(1)), DecodeDecimal(r.GetString(2)));

    public static void BindJob(SqliteParameterCollection p, AgentJobRecord j)
    {
        p.AddWithValue("$market", j.Market);
        p.AddWithValue("$trading_date", EncodeDay(j.TradingDate));
        p.AddWithValue("$kind", j.Kind);
        p.AddWithValue("$sequence", j.Sequence);
        p.AddWithValue("$scheduled_at", EncodeTime(j.ScheduledAt));
        p.AddWithValue("$ran_at", EncodeTime(j.RanAt));
        p.AddWithValue("$outcome", TextOrNull(j.Outcome));
    }

    public static AgentJobRecord Job(SqliteDataReader r) => new(
        r.GetString(0), DecodeDay(r.GetString(1)), r.GetString(2), checked((int)r.GetInt64(3)), DecodeTime(r.GetInt64(4)), DecodeTime(r.GetInt64(5)),
        r.IsDBNull(6) ? null : r.GetString(6));

    public static void BindInput(SqliteParameterCollection p, AgentInput i)
    {
        p.AddWithValue("$sequence", i.Sequence);
        p.AddWithValue("$after_slices", i.AfterSlices);
        p.AddWithValue("$kind", i.Kind);
        p.AddWithValue("$time", EncodeTime(i.Time));
        p.AddWithValue("$payload", i.Payload);
    }

    public static AgentInput Input(SqliteDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), DecodeTime(r.GetInt64(3)), r.GetString(4));

    public static void BindNotification(SqliteParameterCollection p, Notification n)
    {
        p.AddWithValue("$time", EncodeTime(n.Time));
        p.AddWithValue("$kind", EncodeEnum(n.Kind));
        p.AddWithValue("$severity", EncodeEnum(n.Severity));
        p.AddWithValue("$message", n.Message);
        p.AddWithValue("$market", TextOrNull(n.Market));
        p.AddWithValue("$instrument", TextOrNull(n.Instrument));
        p.AddWithValue("$order_id", TextOrNull(n.OrderId));
    }

    public static Notification Notification(SqliteDataReader r) => new(
        DecodeTime(r.GetInt64(0)), DecodeEnum<NotificationKind>(r.GetString(1)), DecodeEnum<NotificationSeverity>(r.GetString(2)), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6));
}
