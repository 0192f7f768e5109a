namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 3: the risk journal. Verdicts keep the figures they were decided on (<c>risk_events.inputs</c>; rows
/// written before this version read back as <c>{}</c>), other risk events of a run go to <c>risk_incidents</c>, and
/// the operator-visible trading state lives outside any run (<c>trading_states</c>, one row per scope, and the
/// append-only <c>trading_state_log</c>) so a restart finds a HALTED scope still HALTED.
/// </summary>
internal static class RiskJournalSchema
{
    // Scopes compare case-insensitively, as the risk engine's state book does, so "krx" and "KRX" are one row.
    public const string Sql = """
        ALTER TABLE risk_events ADD COLUMN inputs TEXT NOT NULL DEFAULT '{}';

        CREATE TABLE risk_incidents (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            time            INTEGER NOT NULL,
            kind            TEXT    NOT NULL,
            scope           TEXT    NOT NULL,
            source          TEXT    NOT NULL,
            message         TEXT    NOT NULL,
            figures         TEXT    NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE trading_states (
            scope           TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
            state           TEXT    NOT NULL,
            killed          INTEGER NOT NULL CHECK (killed IN (0, 1)),
            since           INTEGER NOT NULL,
            cause           TEXT    NOT NULL,
            reason          TEXT    NOT NULL,
            updated_at      INTEGER NOT NULL
        );

        CREATE TABLE trading_state_log (
            seq             INTEGER PRIMARY KEY AUTOINCREMENT,
            time            INTEGER NOT NULL,
            scope           TEXT    NOT NULL COLLATE NOCASE,
            from_state      TEXT    NOT NULL,
            to_state        TEXT    NOT NULL,
            killed          INTEGER NOT NULL CHECK (killed IN (0, 1)),
            cause           TEXT    NOT NULL,
            reason          TEXT    NOT NULL,
            actor           TEXT    NOT NULL
        );
        CREATE INDEX ix_trading_state_log_scope ON trading_state_log (scope, seq DESC);
        """;
}
