namespace Ouroboros.Storage.Sqlite.Migrations;

/// <summary>The schema history known to this build, oldest first. Append new versions at the end.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "runs journal: runs, orders, fills, trades, equity, risk events", InitialSchema.Sql),
        new(2, "orders sized by cash amount (all-in orders resolve their quantity at the fill)", "ALTER TABLE orders ADD COLUMN cash_amount TEXT NULL;"),
        new(3, "risk journal: verdict inputs, risk incidents, trading states and their log", RiskJournalSchema.Sql),
        new(4, "LLM brain: llm_calls, llm_response_cache, playbooks", LlmBrainSchema.Sql),
        new(5, "names follow the code: risk_decisions, risk_events; typed state changes", RiskNamesSchema.Sql),
        new(6, "one time encoding: LLM-brain instants as INTEGER UTC ticks", OneTimeEncodingSchema.Sql),
        new(7, "the running agent: sessions, leases, heartbeats and each session's journal", AgentSchema.Sql),
        new(8, "broker access tokens kept across restarts (keyed by a fingerprint of the app key)", BrokerTokenSchema.Sql),
        new(9, "a run's equity curve as one compressed columnar blob (rows of the old equity table moved in place)", EquitySeriesSchema.Sql,
            EquitySeriesSchema.MoveRows),
    ];

    /// <summary>The highest version this build knows.</summary>
    public static int LatestVersion => All[^1].Version;
}
