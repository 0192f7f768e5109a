namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 6: one time encoding (docs/adr/0004-one-time-encoding.md). The LLM-brain tables stored instants as
/// fixed-width ISO-8601 text ("2025-04-07T00:35:00.0000007Z"); they now hold INTEGER UTC ticks like every other table.
/// SQLite cannot change a column's type, and a TEXT column would turn the integers back into text, so each table is
/// rebuilt (create, copy, drop, rename) and its index recreated. Nothing references these tables.
/// </summary>
internal static class OneTimeEncodingSchema
{
    /// <summary>
    /// Ticks of an ISO-8601 instant column, exact: whole seconds since 1970 from strftime (valid for years 0000-9999),
    /// plus the seven fraction digits, plus the ticks of 1970-01-01. julianday() would round to milliseconds.
    /// </summary>
    public static string Ticks(string column) =>
        $"(CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER) * 10000000 + CAST(substr({column}, 21, 7) AS INTEGER) + 621355968000000000)";

    public static string Sql { get; } = $"""
        CREATE TABLE llm_calls_v6 (
            id              INTEGER PRIMARY KEY,
            time            INTEGER NOT NULL,
            task            TEXT    NOT NULL,
            provider        TEXT    NOT NULL,
            model           TEXT    NOT NULL,
            prompt_hash     TEXT    NOT NULL,
            tokens_in       INTEGER NULL,
            tokens_out      INTEGER NULL,
            cost            TEXT    NULL,
            latency_ms      REAL    NOT NULL,
            outcome         TEXT    NOT NULL,
            cache_hit       INTEGER NOT NULL CHECK (cache_hit IN (0, 1)),
            error           TEXT    NULL
        );
        INSERT INTO llm_calls_v6 (id, time, task, provider, model, prompt_hash, tokens_in, tokens_out, cost, latency_ms, outcome, cache_hit, error)
            SELECT id, {Ticks("time")}, task, provider, model, prompt_hash, tokens_in, tokens_out, cost, latency_ms, outcome, cache_hit, error
            FROM llm_calls;
        DROP TABLE llm_calls;
        ALTER TABLE llm_calls_v6 RENAME TO llm_calls;
        CREATE INDEX ix_llm_calls_time ON llm_calls (time, id);

        CREATE TABLE llm_response_cache_v6 (
            provider        TEXT    NOT NULL,
            model           TEXT    NOT NULL,
            schema_hash     TEXT    NOT NULL,
            prompt_hash     TEXT    NOT NULL,
            text            TEXT    NOT NULL,
            tokens_in       INTEGER NULL,
            tokens_out      INTEGER NULL,
            prompt_preview  TEXT    NOT NULL,
            recorded_at     INTEGER NOT NULL,
            PRIMARY KEY (provider, model, schema_hash, prompt_hash)
        );
        INSERT INTO llm_response_cache_v6 (provider, model, schema_hash, prompt_hash, text, tokens_in, tokens_out, prompt_preview, recorded_at)
            SELECT provider, model, schema_hash, prompt_hash, text, tokens_in, tokens_out, prompt_preview, {Ticks("recorded_at")}
            FROM llm_response_cache;
        DROP TABLE llm_response_cache;
        ALTER TABLE llm_response_cache_v6 RENAME TO llm_response_cache;

        CREATE TABLE playbooks_v6 (
            date            TEXT    NOT NULL,
            market          TEXT    NOT NULL COLLATE NOCASE,
            status          TEXT    NOT NULL,
            origin          TEXT    NOT NULL,
            json            TEXT    NOT NULL,
            token_count     INTEGER NULL,
            scenario_count  INTEGER NOT NULL,
            match_count     INTEGER NOT NULL,
            created_at      INTEGER NOT NULL,
            problem         TEXT    NULL,
            PRIMARY KEY (date, market)
        );
        INSERT INTO playbooks_v6 (date, market, status, origin, json, token_count, scenario_count, match_count, created_at, problem)
            SELECT date, market, status, origin, json, token_count, scenario_count, match_count, {Ticks("created_at")}, problem
            FROM playbooks;
        DROP TABLE playbooks;
        ALTER TABLE playbooks_v6 RENAME TO playbooks;
        CREATE INDEX ix_playbooks_market_date ON playbooks (market, date DESC);
        """;
}
