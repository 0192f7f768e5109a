using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Events;
using Ouroboros.Risk.State;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>
/// Migrations 5 (table names follow the code, typed state changes) and 6 (one time encoding) upgrade a version 4 file
/// in place. The version 4 rows are written with raw SQL because this build's stores write the new shape.
/// </summary>
public sealed class OldJournalMigrationTests : IDisposable
{
    private const int LastOldVersion = 4;
    private static readonly DateTimeOffset FirstOpen = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Halted = new(2025, 3, 3, 1, 2, 3, TimeSpan.Zero);
    private static readonly DateTimeOffset Called = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("old.db") };

    [Fact]
    public void Migrations_5_and_6_rename_the_risk_tables_and_unify_the_time_encoding()
    {
        SchemaMigrations.All.Select(m => m.Version).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        SchemaMigrations.All[4].Sql.ShouldContain("ALTER TABLE risk_events RENAME TO risk_decisions");
    }

    [Fact]
    public async Task A_version_4_journal_reads_back_the_same_run_with_typed_state_changes_after_the_upgrade()
    {
        var v4 = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen), [.. SchemaMigrations.All.Where(m => m.Version <= LastOldVersion)]);
        v4.SchemaVersion.ShouldBe(LastOldVersion);
        RawSqlite.Execute(v4.Path, $"""
            INSERT INTO runs (id, kind, strategy, data_sources, created_at, data_from, data_to, risk_enabled, metrics_json, parameters_json, result_json)
            VALUES ('old-run', 'backtest', 'sma-cross', 'csv:spy.csv', 638400000000000000, NULL, NULL, 1, '{"{"}"sharpe":1.5{"}"}', '{"{"}{"}"}', '{"{"}{"}"}');
            INSERT INTO risk_events (run_id, seq, time, client_order_id, instrument, side, quantity, estimated_value, approved, gate, reason, inputs)
            VALUES ('old-run', 0, 638400000000000001, 'o-1', 'US:SPY', 'Buy', '10', '4702.50', 0, 'FatFinger', 'order is 45% of cash (max 30%)', '{"{"}{"}"}');
            INSERT INTO risk_incidents (run_id, seq, time, kind, scope, source, message, figures) VALUES
                ('old-run', 0, {Halted.UtcTicks}, 'StateChanged', 'account', 'circuit_breaker', 'account: ACTIVE → HALTED (circuit_breaker): daily P&L -3.40% is at or below -3.00%; an operator must resume', '{"{"}{"}"}'),
                ('old-run', 1, {Halted.UtcTicks + 1}, 'Alert', 'KRX', 'nav_floor', 'equity below 80% → HALTED (x)', '{"{"}{"}"}'),
                ('old-run', 2, {Halted.UtcTicks + 2}, 'StateChanged', 'KRX', 'kill_switch', 'KRX: REDUCING → HALTED (kill_switch): panic (by cli:bob)', '{"{"}{"}"}');
            INSERT INTO llm_calls (time, task, provider, model, prompt_hash, tokens_in, tokens_out, cost, latency_ms, outcome, cache_hit, error)
            VALUES ('2025-04-07T00:35:00.0000007Z', 'plan', 'anthropic', 'claude', 'ab', 10, NULL, '0.0100', 5.5, 'ok', 0, NULL);
            INSERT INTO llm_response_cache (provider, model, schema_hash, prompt_hash, text, tokens_in, tokens_out, prompt_preview, recorded_at)
            VALUES ('anthropic', 'claude', 's', 'p', 'answer', 1, 2, 'prompt', '0001-01-01T00:00:00.0000000Z');
            INSERT INTO playbooks (date, market, status, origin, json, token_count, scenario_count, match_count, created_at, problem)
            VALUES ('2025-04-07', 'KRX', 'validated', 'model', '{"{"}{"}"}', 900, 2, 1, '9999-12-31T23:59:59.9999999Z', NULL);
            """);

        var upgraded = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen.AddDays(30)));

        upgraded.MigrationsApplied.ShouldBe([5, 6, 7, 8, 9]);
        var run = (await upgraded.GetAsync(new RunId("old-run"), CancellationToken.None)).ShouldNotBeNull();
        run.RiskDecisions.ShouldHaveSingleItem().Gate.ShouldBe("FatFinger");
        var events = run.RiskEvents.ShouldNotBeNull();
        events.Select(e => e.Message).ShouldBe([
            "account: ACTIVE → HALTED (circuit_breaker): daily P&L -3.40% is at or below -3.00%; an operator must resume",
            "equity below 80% → HALTED (x)",
            "KRX: REDUCING → HALTED (kill_switch): panic (by cli:bob)"]);
        events[0].StateChange.ShouldBe(new TradingStateChanged(Halted, "account", TradingState.Active, TradingState.Halted, false, "circuit_breaker",
            "daily P&L -3.40% is at or below -3.00%; an operator must resume", "risk:circuit_breaker"));
        events[0].StateChange!.Message.ShouldBe(events[0].Message);
        events[1].StateChange.ShouldBeNull();
        events[1].IsMoveTo(TradingState.Halted).ShouldBeFalse(); // an alert that mentions "→ HALTED (" is not a move
        events[2].StateChange.ShouldBe(new TradingStateChanged(Halted.AddTicks(2), "KRX", TradingState.Reducing, TradingState.Halted, true, "kill_switch",
            "panic (by cli:bob)", "risk:kill_switch"));

        var calls = await SqliteLlmCallLog.OpenAsync(Options, new FakeClock(FirstOpen));
        var call = (await calls.ListAsync(Called, Called.AddTicks(1), CancellationToken.None)).ShouldHaveSingleItem();
        (call.Time, call.Cost, call.TokensOut).ShouldBe((Called, 0.0100m, (int?)null));
        var cache = await SqliteResponseCache.OpenAsync(Options, new FakeClock(FirstOpen));
        (await cache.GetAsync(new ResponseCacheKey("anthropic", "claude", "s", "p"), CancellationToken.None)).ShouldNotBeNull().RecordedAt.ShouldBe(DateTimeOffset.MinValue);
        var playbooks = await SqlitePlaybookStore.OpenAsync(Options, new FakeClock(FirstOpen));
        (await playbooks.GetAsync("krx", new DateOnly(2025, 4, 7), CancellationToken.None)).ShouldNotBeNull().CreatedAt.ShouldBe(DateTimeOffset.MaxValue);
        RawSqlite.Scalar(upgraded.Path, "SELECT typeof(time) FROM llm_calls").ShouldBe("integer");
    }

    [Fact]
    public async Task A_run_saved_after_the_upgrade_reads_back_exactly()
    {
        await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen), [.. SchemaMigrations.All.Where(m => m.Version <= LastOldVersion)]);
        var upgraded = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen));
        var run = SampleRuns.Realistic(equityPoints: 5);

        await upgraded.SaveAsync(run, CancellationToken.None);

        (await upgraded.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(run);
        RawSqlite.Scalar(upgraded.Path, "SELECT to_state FROM risk_events WHERE kind = 'StateChanged'").ShouldBe("Halted");
    }
}
