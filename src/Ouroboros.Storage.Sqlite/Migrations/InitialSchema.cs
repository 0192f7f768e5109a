namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 1. Encodings: decimals are TEXT in the invariant culture (exact, scale kept); instants are INTEGER
/// .NET ticks in UTC (100 ns since 0001-01-01); enums are TEXT names; booleans are INTEGER 0/1; <c>seq</c> is the
/// position in the run's list so lists read back in the order they were saved.
/// </summary>
internal static class InitialSchema
{
    public const string Sql = """
        CREATE TABLE runs (
            id              TEXT    NOT NULL PRIMARY KEY,
            kind            TEXT    NOT NULL,
            strategy        TEXT    NOT NULL,
            data_sources    TEXT    NOT NULL,
            created_at      INTEGER NOT NULL,
            data_from       INTEGER NULL,
            data_to         INTEGER NULL,
            risk_enabled    INTEGER NOT NULL CHECK (risk_enabled IN (0, 1)),
            metrics_json    TEXT    NOT NULL,
            parameters_json TEXT    NOT NULL,
            result_json     TEXT    NOT NULL
        );
        CREATE INDEX ix_runs_created_at ON runs (created_at DESC, id DESC);

        CREATE TABLE orders (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
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
            PRIMARY KEY (run_id, client_order_id)
        );
        CREATE UNIQUE INDEX ix_orders_run_id_seq ON orders (run_id, seq);

        CREATE TABLE fills (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            fill_id         TEXT    NOT NULL,
            client_order_id TEXT    NOT NULL,
            instrument      TEXT    NOT NULL,
            side            TEXT    NOT NULL,
            quantity        TEXT    NOT NULL,
            price           TEXT    NOT NULL,
            fee             TEXT    NOT NULL,
            time            INTEGER NOT NULL,
            liquidity       TEXT    NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX ix_fills_run_id_order ON fills (run_id, client_order_id);

        CREATE TABLE trades (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            instrument      TEXT    NOT NULL,
            direction       TEXT    NOT NULL,
            entry_time      INTEGER NOT NULL,
            entry_price     TEXT    NOT NULL,
            exit_time       INTEGER NOT NULL,
            exit_price      TEXT    NOT NULL,
            quantity        TEXT    NOT NULL,
            gross_pnl       TEXT    NOT NULL,
            fees            TEXT    NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE equity (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            time            INTEGER NOT NULL,
            equity          TEXT    NOT NULL,
            cash            TEXT    NOT NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;

        CREATE TABLE risk_events (
            run_id          TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            time            INTEGER NOT NULL,
            client_order_id TEXT    NOT NULL,
            instrument      TEXT    NOT NULL,
            side            TEXT    NOT NULL,
            quantity        TEXT    NOT NULL,
            estimated_value TEXT    NULL,
            approved        INTEGER NOT NULL CHECK (approved IN (0, 1)),
            gate            TEXT    NULL,
            reason          TEXT    NULL,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID;
        """;
}
