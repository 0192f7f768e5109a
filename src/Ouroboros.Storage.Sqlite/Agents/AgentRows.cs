using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using static Ouroboros.Storage.Sqlite.SqliteCodec;

namespace Ouroboros.Storage.Sqlite.Agents;

/// <summary>The SQL of the agent tables that are not a session's journal, and the mapping of their rows.</summary>
internal static class AgentRows
{
    private const string SessionColumns = """
        session_id, account, mode, broker, markets, strategy, fingerprint, settings_json, order_id_prefix, started_at, status,
        restarts, slices_done, last_slice_time, finished_at
        """;

    public const string SaveSessionSql = $"""
        INSERT INTO agent_sessions ({SessionColumns})
        VALUES ($session_id, $account, $mode, $broker, $markets, $strategy, $fingerprint, $settings_json, $order_id_prefix, $started_at, $status,
                $restarts, $slices_done, $last_slice_time, $finished_at)
        ON CONFLICT (session_id) DO UPDATE SET account = excluded.account, mode = excluded.mode, broker = excluded.broker,
            markets = excluded.markets, strategy = excluded.strategy, fingerprint = excluded.fingerprint, settings_json = excluded.settings_json,
            order_id_prefix = excluded.order_id_prefix, started_at = excluded.started_at, status = excluded.status, restarts = excluded.restarts,
            slices_done = excluded.slices_done, last_slice_time = excluded.last_slice_time, finished_at = excluded.finished_at
        """;

    // Ties on started_at are broken by session id so every store lists the same order.
    public const string LatestSessionSql = $"SELECT {SessionColumns} FROM agent_sessions WHERE account = $account ORDER BY started_at DESC, session_id DESC LIMIT 1";

    public const string SessionSql = $"SELECT {SessionColumns} FROM agent_sessions WHERE session_id = $session_id";

    public const string SessionsSql = $"SELECT {SessionColumns} FROM agent_sessions ORDER BY started_at DESC, session_id DESC LIMIT $limit";

    public const string WriteHeartbeatSql = """
        INSERT INTO agent_heartbeats (session_id, account, process_id, mode, broker, markets, at, status_json)
        VALUES ($session_id, $account, $process_id, $mode, $broker, $markets, $at, $status_json)
        ON CONFLICT (session_id) DO UPDATE SET account = excluded.account, process_id = excluded.process_id, mode = excluded.mode,
            broker = excluded.broker, markets = excluded.markets, at = excluded.at, status_json = excluded.status_json
        """;

    public const string HeartbeatsSql = """
        SELECT h.session_id, h.account, h.process_id, h.mode, h.broker, h.markets, h.at, h.status_json
        FROM agent_heartbeats h JOIN agent_leases l ON l.session_id = h.session_id AND l.account = h.account
        ORDER BY h.at DESC, h.session_id
        """;

    public static void BindSession(SqliteParameterCollection p, AgentSessionRecord s)
    {
        p.AddWithValue("$session_id", s.SessionId);
        p.AddWithValue("$account", s.Account);
        p.AddWithValue("$mode", EncodeEnum(s.Mode));
        p.AddWithValue("$broker", s.Broker);
        p.AddWithValue("$markets", JsonColumns.EncodeNames(s.Markets));
        p.AddWithValue("$strategy", s.Strategy);
        p.AddWithValue("$fingerprint", s.Fingerprint);
        p.AddWithValue("$settings_json", s.SettingsJson);
        p.AddWithValue("$order_id_prefix", s.OrderIdPrefix);
        p.AddWithValue("$started_at", EncodeTime(s.StartedAt));
        p.AddWithValue("$status", EncodeEnum(s.Status));
        p.AddWithValue("$restarts", s.Restarts);
        p.AddWithValue("$slices_done", s.SlicesDone);
        p.AddWithValue("$last_slice_time", EncodeTimeOrNull(s.LastSliceTime));
        p.AddWithValue("$finished_at", EncodeTimeOrNull(s.FinishedAt));
    }

    public static AgentSessionRecord Session(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        DecodeEnum<AgentMode>(r.GetString(2)),
        r.GetString(3),
        JsonColumns.DecodeNames(r.GetString(4)),
        r.GetString(5),
        r.GetString(6),
        r.GetString(7),
        r.GetString(8),
        DecodeTime(r.GetInt64(9)),
        DecodeEnum<AgentSessionStatus>(r.GetString(10)),
        checked((int)r.GetInt64(11)),
        r.GetInt64(12),
        r.IsDBNull(13) ? null : DecodeTime(r.GetInt64(13)),
        r.IsDBNull(14) ? null : DecodeTime(r.GetInt64(14)));

    public static void BindHeartbeat(SqliteParameterCollection p, AgentHeartbeat h)
    {
        p.AddWithValue("$session_id", h.SessionId);
        p.AddWithValue("$account", h.Account);
        p.AddWithValue("$process_id", h.ProcessId);
        p.AddWithValue("$mode", h.Mode);
        p.AddWithValue("$broker", h.Broker);
        p.AddWithValue("$markets", JsonColumns.EncodeNames(h.Markets));
        p.AddWithValue("$at", EncodeTime(h.At));
        p.AddWithValue("$status_json", h.StatusJson);
    }

    public static AgentHeartbeat Heartbeat(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        checked((int)r.GetInt64(2)),
        r.GetString(3),
        r.GetString(4),
        JsonColumns.DecodeNames(r.GetString(5)),
        DecodeTime(r.GetInt64(6)),
        r.GetString(7));
}
