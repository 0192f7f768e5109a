using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.Risk.Events;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>Migration 3: verdict inputs and per-run risk events are stored and read back exactly; old files upgrade in place.</summary>
public sealed class RiskJournalTests : IDisposable
{
    private const int RiskJournalVersion = 3;
    private static readonly FakeClock Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("risk.db") };

    [Fact]
    public async Task A_version_2_database_is_upgraded_in_place_and_its_old_verdicts_read_back_with_empty_inputs()
    {
        var v2 = await SqliteRunStore.OpenAsync(Options, Clock, [.. SchemaMigrations.All.Where(m => m.Version < RiskJournalVersion)]);
        RawSqlite.Execute(v2.Path, """
            INSERT INTO runs (id, kind, strategy, data_sources, created_at, data_from, data_to, risk_enabled, metrics_json, parameters_json, result_json)
            VALUES ('old-run', 'backtest', 'sma-cross', 'csv:spy.csv', 638400000000000000, NULL, NULL, 1, '{"sharpe":1.5}', '{"fast":"10"}', '{}');
            INSERT INTO risk_events (run_id, seq, time, client_order_id, instrument, side, quantity, estimated_value, approved, gate, reason)
            VALUES ('old-run', 0, 638400000000000001, 'o-1', 'US:SPY', 'Buy', '10', '4702.50', 0, 'FatFinger', 'order is 45% of cash (max 30%)');
            """);

        var upgraded = await SqliteRunStore.OpenAsync(Options, Clock);

        upgraded.MigrationsApplied.ShouldBe([.. SchemaMigrations.All.Where(m => m.Version >= RiskJournalVersion).Select(m => m.Version)]);
        var old = (await upgraded.GetAsync(new RunId("old-run"), CancellationToken.None)).ShouldNotBeNull();
        old.Summary.Metrics["sharpe"].ShouldBe(1.5);
        old.Parameters["fast"].ShouldBe("10");
        var verdict = old.RiskDecisions.ShouldHaveSingleItem();
        verdict.Gate.ShouldBe("FatFinger");
        verdict.Reason.ShouldBe("order is 45% of cash (max 30%)");
        verdict.EstimatedValue.ShouldBe(4702.50m);
        verdict.Inputs.ShouldBe("{}");
        old.RiskEvents.ShouldNotBeNull().ShouldBeEmpty();

        var fresh = SampleRuns.Realistic("after-upgrade", equityPoints: 3);
        await upgraded.SaveAsync(fresh, CancellationToken.None);
        (await upgraded.GetAsync(fresh.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(fresh);
    }

    [Fact]
    public async Task Every_verdict_approved_or_denied_reads_back_with_its_gate_reason_and_inputs()
    {
        var store = await SqliteRunStore.OpenAsync(Options, Clock);
        var run = SampleRuns.Realistic(equityPoints: 2);

        await store.SaveAsync(run, CancellationToken.None);
        var back = (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull();

        back.RiskDecisions.Select(d => (d.Approved, d.Gate, d.Reason, d.Inputs))
            .ShouldBe(run.RiskDecisions.Select(d => (d.Approved, d.Gate, d.Reason, d.Inputs)));
        back.RiskDecisions.ShouldContain(d => !d.Approved && d.Inputs.Contains("\"limit_pct\":20", StringComparison.Ordinal));
        RawSqlite.Scalar(store.Path, "SELECT inputs FROM risk_decisions WHERE seq = 2").ShouldBe(run.RiskDecisions[2].Inputs);
        RawSqlite.Scalar(store.Path, "SELECT inputs FROM risk_decisions WHERE seq = 0").ShouldBe("{}");
    }

    [Fact]
    public async Task Risk_events_read_back_exactly_in_the_order_they_were_saved()
    {
        var store = await SqliteRunStore.OpenAsync(Options, Clock);
        var run = SampleRuns.Realistic(equityPoints: 2);

        await store.SaveAsync(run, CancellationToken.None);
        var back = (await (await SqliteRunStore.OpenAsync(Options, Clock)).GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull();

        back.RiskEvents.ShouldNotBeNull().ShouldBe(run.RiskEvents.ShouldNotBeNull());
        back.RiskEvents.Select(e => e.Kind).ShouldBe([RiskEventKind.StateChanged, RiskEventKind.Alert, RiskEventKind.ExitSignal]);
        back.RiskEvents[0].StateChange.ShouldBe(run.RiskEvents[0].StateChange);
        back.RiskEvents[0].IsMoveTo(Ouroboros.Risk.State.TradingState.Halted).ShouldBeTrue();
        back.RiskEvents[1].StateChange.ShouldBeNull();
        RawSqlite.Scalar(store.Path, "SELECT kind FROM risk_events WHERE seq = 0").ShouldBe("StateChanged");
    }

    [Fact]
    public async Task A_run_saved_without_risk_events_reads_back_with_an_empty_list()
    {
        var store = await SqliteRunStore.OpenAsync(Options, Clock);
        var run = SampleRuns.Realistic(equityPoints: 2) with { RiskEvents = null };

        await store.SaveAsync(run, CancellationToken.None);

        (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().RiskEvents.ShouldNotBeNull().ShouldBeEmpty();
    }

    [Fact]
    public async Task Deleting_a_run_deletes_its_risk_events_and_decisions_with_it()
    {
        var store = await SqliteRunStore.OpenAsync(Options, Clock);
        await store.SaveAsync(SampleRuns.Realistic(equityPoints: 2), CancellationToken.None);

        RawSqlite.Execute(store.Path, "PRAGMA foreign_keys = ON; DELETE FROM runs;");

        RawSqlite.Scalar(store.Path, "SELECT COUNT(*) FROM risk_events").ShouldBe(0L);
        RawSqlite.Scalar(store.Path, "SELECT COUNT(*) FROM risk_decisions").ShouldBe(0L);
    }
}
