namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 7: the running agent. Its sessions, the lease per account that keeps two agents apart, the heartbeats
/// <c>status</c> reads, and each session's journal (orders before they are sent, fills once per fill id, checkpoints,
/// daily jobs, consumed inputs, notifications). Encodings as everywhere since migration 6: decimals invariant TEXT,
/// instants INTEGER UTC ticks, days "yyyy-MM-dd", enums TEXT names, market lists JSON arrays. No foreign keys: a
/// session's journal may be written before or without its session row, and nothing here is ever deleted by cascade.
/// </summary>
internal static class AgentSchema
{
    // agent_orders and agent_fills keep the columns and encodings of orders and fills (RowMappers reads both); seq is
    // the creation order within the session, given once by the first write and never changed by later snapshots.
    public const string Sql = """
        CREATE TABLE agent_sessions (
            session_id      TEXT    NOT NULL PRIMARY KEY,
            account         TEXT    NOT NULL,
            mode            TEXT    NOT NULL,
            broker          TEXT    NOT NULL,
            markets         TEXT    NOT NULL,
            strategy        TEXT    NOT NULL,
            fingerprint     TEXT    NOT NULL,
            settings_json   TEXT    NOT NULL,
            order_id_prefix TEXT    NOT NULL,
            started_at      INTEGER NOT NULL,
            status          TEXT    NOT NULL,
            restarts        INTEGER NOT NULL,
            slices_done     INTEGER NOT NULL,
            last_slice_time INTEGER NULL,
            finished_at     INTEGER NULL
        );
        CREATE INDEX ix_agent_sessions_account ON agent_sessions (account, started_at DESC);
        CREATE INDEX ix_agent_sessions_started_at ON agent_sessions (started_at DESC);

        CREATE TABLE agent_leases (
            account         TEXT    NOT NULL PRIMARY KEY,
            session_id      TEXT    NOT NULL,
            process_id      INTEGER NOT NULL,
            host            TEXT    NOT NULL,
            acquired_at     INTEGER NOT NULL,
            expires_at      INTEGER NOT NULL
        );

        CREATE TABLE agent_heartbeats (
            session_id      TEXT    NOT NULL PRIMARY KEY,
            account         TEXT    NOT NULL,
            process_id      INTEGER NOT NULL,
            mode            TEXT    NOT NULL,
            broker          TEXT    NOT NULL,
            markets         TEXT    NOT NULL,
            at              INTEGER NOT NULL,
            status_json     TEXT    NOT NULL
        );

        CREATE TABLE agent_orders (
            session_id      TEXT    NOT NULL,
            client_order_id TEXT    NOT NULL,
            seq             INTEGER NOT NULL,
            instrument      TEXT    NOT NULL,
            side            TEXT    NOT NULL,
            type            TEXT    NOT NULL,
            quantity        TEXT    NOT NULL,
            limit_price     TEXT    NULL,
            stop_price      TEXT    NULL,
            tif             TEXT    NOT NULL,
            created_at      INTEGER NOT NULL,
            strategy        TEXT    NOT NULL,
            tag             TEXT    NULL,
            status          TEXT    NOT NULL,
            filled_quantity TEXT    NOT NULL,
            avg_fill_price  TEXT    NOT NULL,
            fees            TEXT    NOT NULL,
            broker_order_id TEXT    NULL,
            reason          TEXT    NULL,
            updated_at      INTEGER NOT NULL,
            cash_amount     TEXT    NULL,
            PRIMARY KEY (session_id, client_order_id)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX ix_agent_orders_seq ON agent_orders (session_id, seq);

        CREATE TABLE agent_fills (
            session_id      TEXT    NOT NULL,
            fill_id         TEXT    NOT NULL,
            client_order_id TEXT    NOT NULL,
            instrument      TEXT    NOT NULL,
            side            TEXT    NOT NULL,
            quantity        TEXT    NOT NULL,
            price           TEXT    NOT NULL,
            fee             TEXT    NOT NULL,
            time            INTEGER NOT NULL,
            liquidity       TEXT    NOT NULL,
            seq             INTEGER NOT NULL,
            PRIMARY KEY (session_id, fill_id)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX ix_agent_fills_seq ON agent_fills (session_id, seq);

        CREATE TABLE agent_checkpoints (
            session_id      TEXT    NOT NULL,
            slices_done     INTEGER NOT NULL,
            slice_time      INTEGER NOT NULL,
            equity          TEXT    NOT NULL,
            cash            TEXT    NOT NULL,
            positions_json  TEXT    NOT NULL,
            written_at      INTEGER NOT NULL,
            PRIMARY KEY (session_id, slices_done)
        ) WITHOUT ROWID;

        CREATE TABLE agent_jobs (
            session_id      TEXT    NOT NULL,
            market          TEXT    NOT NULL,
            trading_date    TEXT    NOT NULL,
            kind            TEXT    NOT NULL,
            sequence        INTEGER NOT NULL,
            scheduled_at    INTEGER NOT NULL,
            ran_at          INTEGER NOT NULL,
            outcome         TEXT    NULL,
            PRIMARY KEY (session_id, market, trading_date, kind, sequence)
        );

        CREATE TABLE agent_inputs (
            session_id      TEXT    NOT NULL,
            sequence        INTEGER NOT NULL,
            after_slices    INTEGER NOT NULL,
            kind            TEXT    NOT NULL,
            time            INTEGER NOT NULL,
            payload         TEXT    NOT NULL,
            PRIMARY KEY (session_id, sequence)
        ) WITHOUT ROWID;

        CREATE TABLE agent_notifications (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id      TEXT    NOT NULL,
            time            INTEGER NOT NULL,
            kind            TEXT    NOT NULL,
            severity        TEXT    NOT NULL,
            message         TEXT    NOT NULL,
            market          TEXT    NULL,
            instrument      TEXT    NULL,
            order_id        TEXT    NULL
        );
        CREATE INDEX ix_agent_notifications_session ON agent_notifications (session_id, time DESC, id DESC);
        """;
}
