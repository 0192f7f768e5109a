using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite.Maintenance;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>A journal with garbage in its pages is refused at open with the way out, and can still be checked and copied.</summary>
public sealed class DamagedJournalTests : IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private async Task<string> DamagedJournalAsync(string name)
    {
        var options = new SqliteStoreOptions { Path = _temp.File(name) };
        var store = await SqliteRunStore.OpenAsync(options, TimeProvider.System);
        for (var i = 0; i < 3; i++) await store.SaveAsync(SampleRuns.Realistic($"bt-{i}", equityPoints: 2_000), CancellationToken.None);
        SqliteConnection.ClearAllPools(); // the last connection checkpoints the WAL into the file
        JournalDamage.WriteGarbage(options.Path).ShouldBeGreaterThan(0);
        return store.Path;
    }

    [Fact]
    public async Task Opening_a_damaged_journal_is_refused_with_the_count_the_first_problem_and_the_way_out()
    {
        var path = await DamagedJournalAsync("damaged.db");

        var error = await Should.ThrowAsync<StorageException>(
            () => SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = path }, TimeProvider.System));

        error.Message.ShouldStartWith($"The journal at {path} is damaged (");
        error.Message.ShouldMatch(@"\((1 problem|(at least )?\d+ problems), first: .+\)");
        error.Message.ShouldContain("`ouroboros db check`");
        error.Message.ShouldContain("`ouroboros db backup`");
        error.Message.ShouldContain("move the file away to start fresh");
    }

    [Fact]
    public async Task Every_store_refuses_a_damaged_journal_and_nothing_is_written_to_it()
    {
        var path = await DamagedJournalAsync("damaged-all.db");
        var before = await File.ReadAllBytesAsync(path);
        var options = new SqliteStoreOptions { Path = path };

        await Should.ThrowAsync<StorageException>(() => SqliteTradingStateStore.OpenAsync(options, TimeProvider.System));
        await Should.ThrowAsync<StorageException>(() => SqlitePlaybookStore.OpenAsync(options, TimeProvider.System));
        await Should.ThrowAsync<StorageException>(() => Agents.SqliteAgentStore.OpenAsync(options, TimeProvider.System));

        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(path)).ShouldBe(before);
    }

    [Fact]
    public async Task A_sound_journal_opens_again_after_the_check()
    {
        var options = new SqliteStoreOptions { Path = _temp.File("sound.db") };
        var store = await SqliteRunStore.OpenAsync(options, TimeProvider.System);
        await store.SaveAsync(SampleRuns.Realistic("bt-1", equityPoints: 100), CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var again = await SqliteRunStore.OpenAsync(options, TimeProvider.System);

        (await again.GetAsync(new Domain.Primitives.RunId("bt-1"), CancellationToken.None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_full_check_lists_the_problems_of_a_damaged_journal_and_none_for_a_sound_one()
    {
        var damaged = await DamagedJournalAsync("check.db");
        var sound = _temp.File("ok.db");
        await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = sound }, TimeProvider.System);

        var bad = await new SqliteJournalMaintenance(new SqliteStoreOptions { Path = damaged }).CheckAsync(CancellationToken.None);
        var good = await new SqliteJournalMaintenance(new SqliteStoreOptions { Path = sound }).CheckAsync(CancellationToken.None);

        bad.Sound.ShouldBeFalse();
        bad.Problems.ShouldNotBeEmpty();
        good.Sound.ShouldBeTrue();
        good.Bytes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_backup_is_a_sound_copy_with_every_run_and_never_overwrites_a_file()
    {
        var options = new SqliteStoreOptions { Path = _temp.File("live.db") };
        var store = await SqliteRunStore.OpenAsync(options, TimeProvider.System);
        await store.SaveAsync(SampleRuns.Realistic("bt-a", equityPoints: 500), CancellationToken.None);
        var maintenance = new SqliteJournalMaintenance(options);
        var target = _temp.File("copies/live-copy.db");

        var backup = await maintenance.BackupAsync(target, CancellationToken.None);

        backup.Destination.ShouldBe(Path.GetFullPath(target));
        var copy = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = target }, TimeProvider.System);
        (await copy.ListAsync(10, CancellationToken.None)).Select(r => r.Id.Value).ShouldBe(["bt-a"]);
        var again = await Should.ThrowAsync<StorageException>(() => maintenance.BackupAsync(target, CancellationToken.None));
        again.Message.ShouldContain("already exists");
    }

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_is_consistent()
    {
        var options = new SqliteStoreOptions { Path = _temp.File("busy.db") };
        var store = await SqliteRunStore.OpenAsync(options, TimeProvider.System);
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++) await store.SaveAsync(SampleRuns.Realistic($"bt-{i:00}", equityPoints: 300), CancellationToken.None);
        });
        var target = _temp.File("busy-copy.db");

        await new SqliteJournalMaintenance(options).BackupAsync(target, CancellationToken.None);
        await writer;

        var check = await new SqliteJournalMaintenance(new SqliteStoreOptions { Path = target }).CheckAsync(CancellationToken.None);
        check.Sound.ShouldBeTrue(string.Join("; ", check.Problems));
        var copy = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = target }, TimeProvider.System);
        foreach (var run in await copy.ListAsync(100, CancellationToken.None))
            (await copy.GetAsync(run.Id, CancellationToken.None))!.Equity.Count.ShouldBe(300); // every stored run is whole
    }

    [Fact]
    public async Task Vacuum_refuses_a_damaged_journal_and_compacts_a_sound_one()
    {
        var damaged = await DamagedJournalAsync("vacuum-bad.db");
        var error = await Should.ThrowAsync<StorageException>(
            () => new SqliteJournalMaintenance(new SqliteStoreOptions { Path = damaged }).VacuumAsync(CancellationToken.None));
        error.Message.ShouldContain("is damaged");

        var options = new SqliteStoreOptions { Path = _temp.File("vacuum-ok.db") };
        await SqliteRunStore.OpenAsync(options, TimeProvider.System);
        var vacuum = await new SqliteJournalMaintenance(options).VacuumAsync(CancellationToken.None);
        vacuum.BytesAfter.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Checking_a_journal_that_does_not_exist_says_so()
    {
        var error = await Should.ThrowAsync<StorageException>(
            () => new SqliteJournalMaintenance(new SqliteStoreOptions { Path = _temp.File("none.db") }).CheckAsync(CancellationToken.None));
        error.Message.ShouldContain("There is no journal at");
    }
}
