namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>
/// Migration 4: the LLM brain. Every model call with its usage and price (<c>llm_calls</c>), recorded answers for
/// exact and free replays (<c>llm_response_cache</c>) and one playbook per day and market (<c>playbooks</c>).
/// Instants here are ISO-8601 UTC text with seven fraction digits ("2025-04-07T00:35:00.0000007Z"): fixed width,
/// so text order is time order, exact to the tick, and readable in any SQLite shell. Costs are invariant decimal
/// text (exact, scale kept); token counts and costs are NULL when the provider reported none (missing is not zero).
/// </summary>
internal static class LlmBrainSchema
{
    // Markets compare case-insensitively, as trading_states scopes do, so "krx" and "KRX" share one playbook row.
    public const string Sql = """
        CREATE TABLE llm_calls (
            id              INTEGER PRIMARY KEY,
            time            TEXT    NOT NULL,
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
        CREATE INDEX ix_llm_calls_time ON llm_calls (time, id);

        CREATE TABLE llm_response_cache (
            provider        TEXT    NOT NULL,
            model           TEXT    NOT NULL,
            schema_hash     TEXT    NOT NULL,
            prompt_hash     TEXT    NOT NULL,
            text            TEXT    NOT NULL,
            tokens_in       INTEGER NULL,
            tokens_out      INTEGER NULL,
            prompt_preview  TEXT    NOT NULL,
            recorded_at     TEXT    NOT NULL,
            PRIMARY KEY (provider, model, schema_hash, prompt_hash)
        );

        CREATE TABLE playbooks (
            date            TEXT    NOT NULL,
            market          TEXT    NOT NULL COLLATE NOCASE,
            status          TEXT    NOT NULL,
            origin          TEXT    NOT NULL,
            json            TEXT    NOT NULL,
            token_count     INTEGER NULL,
            scenario_count  INTEGER NOT NULL,
            match_count     INTEGER NOT NULL,
            created_at      TEXT    NOT NULL,
            problem         TEXT    NULL,
            PRIMARY KEY (date, market)
        );
        CREATE INDEX ix_playbooks_market_date ON playbooks (market, date DESC);
        """;
}
