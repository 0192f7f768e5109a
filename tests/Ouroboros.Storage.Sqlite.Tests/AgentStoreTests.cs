using Microsoft.Data.Sqlite;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite.Agents;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;
using static Ouroboros.TestKit.Storage.SampleAgents;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>What is SQLite's own in the agent store: durability settings, the lease across processes, encodings, migration 7, errors.</summary>
public sealed class AgentStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("agents.db") };

    [Fact]
    public async Task Orders_and_fills_are_written_with_synchronous_full_on_a_wal_database()
    {
        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        using var journal = (SqliteSessionJournal)store.OpenSession("s-1");

        await journal.AppendAsync(LimitBuy("o-1", 1m, 1m, T0), T0, None);

        journal.SynchronousMode().ShouldBe(2L); // FULL
        RawSqlite.Scalar(store.Path, "PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public async Task Two_stores_on_one_file_racing_for_one_account_grant_exactly_one_lease()
    {
        var first = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        var second = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));

        var grants = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).TryAcquireLeaseAsync(Lease("live:main", $"s-{i}", T0, TimeSpan.FromMinutes(1), i), None))));

        var winner = grants.Where(g => g.Granted).ShouldHaveSingleItem().Holder.ShouldNotBeNull();
        grants.Where(g => !g.Granted).ShouldAllBe(g => g.Holder == winner);
        RawSqlite.Scalar(first.Path, "SELECT session_id FROM agent_leases").ShouldBe(winner.SessionId);
    }

    [Fact]
    public async Task An_order_keeps_its_first_seq_and_stores_decimals_as_exact_text_and_instants_as_ticks()
    {
        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        var journal = store.OpenSession("s-1");
        var first = LimitBuy("o-1", 10.50m, 70100.00m, T0);
        await journal.AppendAsync(first, T0, None);
        await journal.AppendAsync(LimitBuy("o-2", 1m, 1m, T0), T0, None);
        first.MarkSubmitted();

        await journal.AppendAsync(first, T0.AddSeconds(1), None);

        RawSqlite.Scalar(store.Path, "SELECT seq FROM agent_orders WHERE client_order_id = 'o-1'").ShouldBe(0L);
        RawSqlite.Scalar(store.Path, "SELECT seq FROM agent_orders WHERE client_order_id = 'o-2'").ShouldBe(1L);
        RawSqlite.Scalar(store.Path, "SELECT status FROM agent_orders WHERE client_order_id = 'o-1'").ShouldBe("Submitted");
        RawSqlite.Scalar(store.Path, "SELECT quantity || '|' || limit_price FROM agent_orders WHERE client_order_id = 'o-1'").ShouldBe("10.50|70100.00");
        RawSqlite.Scalar(store.Path, "SELECT updated_at FROM agent_orders WHERE client_order_id = 'o-1'").ShouldBe(T0.AddSeconds(1).UtcTicks);
        RawSqlite.Scalar(store.Path, "SELECT typeof(created_at) FROM agent_orders WHERE client_order_id = 'o-1'").ShouldBe("integer");
    }

    [Fact]
    public async Task A_session_stores_its_markets_as_a_json_array()
    {
        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));

        await store.SaveSessionAsync(Session("s-1", "paper:main", T0), None);

        RawSqlite.Scalar(store.Path, "SELECT markets FROM agent_sessions").ShouldBe("""["KRX","NYSE"]""");
        RawSqlite.Scalar(store.Path, "SELECT mode || '|' || status FROM agent_sessions").ShouldBe("Paper|Running");
    }

    [Fact]
    public async Task A_failed_order_write_is_a_storage_exception_naming_the_file_and_saying_the_order_was_not_written()
    {
        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        var journal = store.OpenSession("s-1");
        RawSqlite.Execute(store.Path, "DROP TABLE agent_orders");

        var error = await Should.ThrowAsync<StorageException>(async () => await journal.AppendAsync(LimitBuy("o-1", 1m, 1m, T0), T0, None));

        error.Message.ShouldContain(store.Path);
        error.Message.ShouldContain("order 'o-1'");
        error.Message.ShouldContain("do not send it");
        error.InnerException.ShouldBeOfType<SqliteException>();
    }

    [Fact]
    public async Task A_version_6_database_gains_the_agent_tables_in_place_and_keeps_its_runs()
    {
        var v6 = await SqliteRunStore.OpenAsync(Options, new FakeClock(T0), [.. SchemaMigrations.All.Where(m => m.Version <= 6)]);
        // This build stores a curve only as a migration 9 blob; EquitySeriesMigrationTests moves old curve rows.
        var run = SampleRuns.Realistic(equityPoints: 5) with { Equity = [] };
        await v6.SaveAsync(run, None);

        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        await store.SaveSessionAsync(Session("s-1", "paper:main", T0), None);

        RawSqlite.Migrations(store.Path).Select(m => m.Version).ShouldBe([.. SchemaMigrations.All.Select(m => (long)m.Version)]);
        (await store.SessionAsync("s-1", None)).ShouldNotBeNull();
        var runs = await SqliteRunStore.OpenAsync(Options, new FakeClock(T0));
        runs.MigrationsApplied.ShouldBeEmpty();
        (await runs.GetAsync(run.Summary.Id, None)).ShouldNotBeNull().ShouldMatchExactly(run);
    }

    [Fact]
    public async Task Writing_an_order_after_the_journal_is_disposed_is_a_bug_not_a_silent_loss()
    {
        var store = await SqliteAgentStore.OpenAsync(Options, new FakeClock(T0));
        var journal = (SqliteSessionJournal)store.OpenSession("s-1");
        journal.Dispose();

        await Should.ThrowAsync<ObjectDisposedException>(async () => await journal.AppendAsync(LimitBuy("o-1", 1m, 1m, T0), T0, None));
        (await journal.OrdersAsync(None)).ShouldBeEmpty();
    }
}
