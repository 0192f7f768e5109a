using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Risk.State;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>Migration 4 (LLM brain): a version 3 file upgrades in place, keeping its runs and trading states.</summary>
public sealed class LlmBrainMigrationTests : IDisposable
{
    private const int LlmBrainVersion = 4;
    private static readonly DateTimeOffset FirstOpen = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Upgrade = FirstOpen.AddDays(30);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("brain.db") };

    [Fact]
    public void Migration_4_is_the_llm_brain()
    {
        var migration = SchemaMigrations.All.Single(m => m.Version == LlmBrainVersion);

        migration.Name.ShouldBe("LLM brain: llm_calls, llm_response_cache, playbooks");
    }

    [Fact]
    public async Task A_version_3_database_gains_the_llm_tables_and_keeps_its_runs_and_trading_states()
    {
        var v3 = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen), [.. SchemaMigrations.All.Where(m => m.Version < LlmBrainVersion)]);
        v3.SchemaVersion.ShouldBe(3);
        // This build writes runs in the version 5 shape, so the old-run read-back is OldJournalMigrationTests' job.
        RawSqlite.Execute(v3.Path, """
            INSERT INTO trading_states (scope, state, killed, since, cause, reason, updated_at)
            VALUES ('KRX', 'Halted', 0, 638765000000000000, 'operator', 'exchange outage', 638765000000000001);
            INSERT INTO trading_state_log (time, scope, from_state, to_state, killed, cause, reason, actor)
            VALUES (638765000000000000, 'KRX', 'Active', 'Halted', 0, 'operator', 'exchange outage', 'cli:alice');
            """);
        foreach (var table in BrainTables) TableExists(v3.Path, table).ShouldBeFalse(table);

        var playbooks = await SqlitePlaybookStore.OpenAsync(Options, new FakeClock(Upgrade));

        var history = RawSqlite.Migrations(playbooks.Path);
        history.Select(m => m.Version).ShouldBe([.. SchemaMigrations.All.Select(m => (long)m.Version)]);
        history.Single(m => m.Version == LlmBrainVersion).AppliedAt.ShouldStartWith("2025-03-31T09:00");
        foreach (var table in BrainTables) TableExists(playbooks.Path, table).ShouldBeTrue(table);

        var reopened = await SqliteRunStore.OpenAsync(Options, new FakeClock(Upgrade));
        reopened.MigrationsApplied.ShouldBeEmpty();
        var run = SampleRuns.Realistic(equityPoints: 25);
        await reopened.SaveAsync(run, CancellationToken.None);
        (await reopened.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(run);
        var states = await SqliteTradingStateStore.OpenAsync(Options, new FakeClock(Upgrade));
        var krx = (await states.LoadStatesAsync(CancellationToken.None)).ShouldHaveSingleItem();
        (krx.Scope, krx.State, krx.Reason).ShouldBe(("KRX", TradingState.Halted, "exchange outage"));
        (await states.HistoryAsync("KRX", 10, CancellationToken.None)).ShouldHaveSingleItem().Actor.ShouldBe("cli:alice");

        var day = new DateOnly(2025, 3, 31);
        var playbook = new PlaybookRecord(day, "KRX", "validated", "model", "{}", 900, 2, 0, Upgrade);
        await playbooks.SaveAsync(playbook, CancellationToken.None);
        (await playbooks.GetAsync("KRX", day, CancellationToken.None)).ShouldBe(playbook);
        var log = await SqliteLlmCallLog.OpenAsync(Options, new FakeClock(Upgrade));
        await log.AppendAsync(new LlmCallRecord(Upgrade, "plan", "anthropic", "claude", "ab", 10, 20, 0.01m, 5, "ok", false), CancellationToken.None);
        (await log.ListAsync(Upgrade, Upgrade.AddTicks(1), CancellationToken.None)).ShouldHaveSingleItem().Cost.ShouldBe(0.01m);
    }

    [Fact]
    public async Task Every_store_opening_the_same_file_applies_migration_4_only_once()
    {
        await SqliteLlmCallLog.OpenAsync(Options, new FakeClock(FirstOpen));
        await SqliteResponseCache.OpenAsync(Options, new FakeClock(Upgrade));
        await SqlitePlaybookStore.OpenAsync(Options, new FakeClock(Upgrade));

        var reopened = await SqliteRunStore.OpenAsync(Options, new FakeClock(Upgrade));

        reopened.MigrationsApplied.ShouldBeEmpty();
        RawSqlite.Migrations(reopened.Path).ShouldAllBe(m => m.AppliedAt.StartsWith("2025-03-01T09:00", StringComparison.Ordinal));
    }

    private static readonly string[] BrainTables = ["llm_calls", "llm_response_cache", "playbooks"];

    private static bool TableExists(string path, string table) =>
        (long)RawSqlite.Scalar(path, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'")! == 1L;
}
