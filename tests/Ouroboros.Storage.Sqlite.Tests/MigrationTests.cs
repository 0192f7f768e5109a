using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private static readonly DateTimeOffset FirstOpen = new(2025, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Migration AddRunNotes = new(SchemaMigrations.LatestVersion + 1, "run notes", """
        ALTER TABLE runs ADD COLUMN notes TEXT NULL;
        CREATE TABLE run_tags (run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (run_id, tag));
        UPDATE runs SET notes = 'migrated';
        """);

    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("migrations.db") };

    [Fact]
    public async Task A_new_database_gets_every_migration_applied_once_and_recorded()
    {
        var store = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen));

        store.MigrationsApplied.ShouldBe([.. SchemaMigrations.All.Select(m => m.Version)]);
        store.SchemaVersion.ShouldBe(SchemaMigrations.LatestVersion);
        RawSqlite.Migrations(store.Path).ShouldBe([.. SchemaMigrations.All.Select(m => ((long)m.Version, m.Name, "2025-01-01T08:00:00.0000000+00:00"))]);
        foreach (var table in new[] { "runs", "orders", "fills", "trades", "equity_series", "risk_decisions", "risk_events", "trading_states", "trading_state_log", "llm_calls", "llm_response_cache", "playbooks",
                     "agent_sessions", "agent_leases", "agent_heartbeats", "agent_orders", "agent_fills", "agent_checkpoints", "agent_jobs", "agent_inputs",
                     "agent_notifications" })
            RawSqlite.Scalar(store.Path, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'").ShouldBe(1L, table);
    }

    [Fact]
    public async Task Reopening_an_existing_database_applies_nothing_again()
    {
        await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen));

        var reopened = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen.AddDays(1)));

        reopened.MigrationsApplied.ShouldBeEmpty();
        RawSqlite.Migrations(reopened.Path).ShouldAllBe(m => m.AppliedAt.StartsWith("2025-01-01T08:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_version_1_database_gains_cash_amount_orders_when_upgraded()
    {
        await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen), [SchemaMigrations.All[0]]);

        var upgraded = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen.AddDays(7)));

        upgraded.MigrationsApplied.ShouldBe([.. SchemaMigrations.All.Skip(1).Select(m => m.Version)]);
        var run = SampleRuns.Realistic(equityPoints: 5);
        await upgraded.SaveAsync(run, CancellationToken.None);
        var back = (await upgraded.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull();
        back.ShouldMatchExactly(run);
        back.Orders.ShouldContain(o => o.Request.CashAmount == 5000m);
    }

    [Fact]
    public async Task An_existing_database_is_upgraded_in_place_by_a_later_migration_keeping_its_runs()
    {
        var old = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen));
        var run = SampleRuns.Realistic(equityPoints: 20);
        await old.SaveAsync(run, CancellationToken.None);

        var upgraded = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen.AddDays(7)), [.. SchemaMigrations.All, AddRunNotes]);

        upgraded.MigrationsApplied.ShouldBe([AddRunNotes.Version]);
        upgraded.SchemaVersion.ShouldBe(AddRunNotes.Version);
        RawSqlite.Migrations(upgraded.Path).Select(m => m.Version).ShouldBe([.. SchemaMigrations.All.Select(m => (long)m.Version), AddRunNotes.Version]);
        RawSqlite.Scalar(upgraded.Path, "SELECT notes FROM runs").ShouldBe("migrated");
        (await upgraded.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(run);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_naming_its_version()
    {
        await SqliteRunStore.OpenAsync(Options, TimeProvider.System, [.. SchemaMigrations.All, AddRunNotes]);

        var error = await Should.ThrowAsync<StorageException>(() => SqliteRunStore.OpenAsync(Options, TimeProvider.System));

        error.Message.ShouldContain($"schema version {AddRunNotes.Version}");
        error.Message.ShouldContain($"up to {SchemaMigrations.LatestVersion}");
        error.Message.ShouldContain("the code is older than the database");
        error.Message.ShouldContain(Path.GetFullPath(Options.Path));
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_and_not_recorded()
    {
        await SqliteRunStore.OpenAsync(Options, TimeProvider.System);
        var broken = new Migration(SchemaMigrations.LatestVersion + 1, "broken", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);");

        var error = await Should.ThrowAsync<StorageException>(
            () => SqliteRunStore.OpenAsync(Options, TimeProvider.System, [.. SchemaMigrations.All, broken]));

        error.Message.ShouldContain($"Migration {broken.Version} ('broken') failed");
        error.Message.ShouldContain($"stays at schema version {SchemaMigrations.LatestVersion}");
        RawSqlite.Scalar(Path.GetFullPath(Options.Path), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").ShouldBe(0L);
        RawSqlite.Migrations(Path.GetFullPath(Options.Path)).Select(m => m.Version).ShouldBe([.. SchemaMigrations.All.Select(m => (long)m.Version)]);
        (await SqliteRunStore.OpenAsync(Options, TimeProvider.System)).MigrationsApplied.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_migration_list_out_of_order_is_rejected_before_touching_the_file()
    {
        Migration[] shuffled = [AddRunNotes, .. SchemaMigrations.All];

        await Should.ThrowAsync<ArgumentException>(() => SqliteRunStore.OpenAsync(Options, TimeProvider.System, shuffled));

        File.Exists(Options.Path).ShouldBeFalse();
    }

    [Fact]
    public async Task The_store_keeps_working_after_an_upgrade()
    {
        await SqliteRunStore.OpenAsync(Options, TimeProvider.System);
        var upgraded = await SqliteRunStore.OpenAsync(Options, TimeProvider.System, [.. SchemaMigrations.All, AddRunNotes]);

        await upgraded.SaveAsync(SampleRuns.Minimal("after-upgrade", SampleRuns.Start), CancellationToken.None);

        (await upgraded.GetAsync(new RunId("after-upgrade"), CancellationToken.None)).ShouldNotBeNull();
    }
}
