using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class RunRoundTripTests : IDisposable
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Times_with_an_offset_come_back_as_the_same_instant_in_utc()
    {
        var store = await Open();
        var seoul = new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(9)).AddTicks(3);
        var run = SampleRuns.Minimal("kst", seoul) with { Equity = [new EquityPoint(seoul, 1m, 1m)] };

        await store.SaveAsync(run, CancellationToken.None);
        var loaded = (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull();

        loaded.Summary.CreatedAt.ShouldBe(seoul);
        loaded.Summary.CreatedAt.UtcTicks.ShouldBe(seoul.UtcTicks);
        loaded.Summary.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        loaded.Equity[0].Time.ShouldBe(seoul);
    }

    [Fact]
    public async Task Empty_and_long_texts_in_rows_come_back_as_written_never_as_null()
    {
        var store = await Open();
        var sample = SampleRuns.Realistic(equityPoints: 2);
        var r = sample.Orders[0].Request;
        var longTag = string.Concat(Enumerable.Repeat("근거 rationale ", 40)); // past the stack-encoded length
        var empty = sample.Orders[0] with { Request = OrderRequest.Market(r.Id, r.Instrument, r.Side, r.Quantity, r.CreatedAt, r.Strategy, ""), Reason = "" };
        var run = sample with { Orders = [empty, sample.Orders[1] with { Request = OrderRequest.Market(new ClientOrderId("o-long"), r.Instrument, r.Side, 1m, r.CreatedAt, r.Strategy, longTag) }] };

        await store.SaveAsync(run, CancellationToken.None);
        var loaded = (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull();

        loaded.Orders[0].Request.Tag.ShouldBe("");
        loaded.Orders[0].Reason.ShouldBe("");
        loaded.Orders[1].Request.Tag.ShouldBe(longTag);
    }

    [Fact]
    public async Task Saving_the_same_run_id_twice_is_refused_because_runs_are_immutable()
    {
        var store = await Open();
        var run = SampleRuns.Realistic(equityPoints: 10);
        await store.SaveAsync(run, CancellationToken.None);

        var same = await Should.ThrowAsync<StorageException>(() => store.SaveAsync(run, CancellationToken.None));
        var changed = await Should.ThrowAsync<StorageException>(
            () => store.SaveAsync(run with { ResultJson = "{\"changed\":true}" }, CancellationToken.None));

        same.Message.ShouldContain("'bt-2024-01-02-0001' is already stored");
        same.Message.ShouldContain("immutable");
        same.Message.ShouldContain(store.Path);
        changed.Message.ShouldContain("immutable");
        (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(run);
    }

    [Fact]
    public async Task A_run_that_breaks_a_constraint_is_not_written_at_all()
    {
        var store = await Open();
        var run = SampleRuns.Realistic(equityPoints: 10);
        var broken = run with { Orders = [.. run.Orders, run.Orders[0]] }; // the same client order id twice

        var error = await Should.ThrowAsync<StorageException>(() => store.SaveAsync(broken, CancellationToken.None));

        error.Message.ShouldContain("nothing was written");
        error.InnerException.ShouldBeOfType<Microsoft.Data.Sqlite.SqliteException>();
        (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldBeNull();
        RawSqlite.Scalar(store.Path, "SELECT COUNT(*) FROM equity_series").ShouldBe(0L);
    }

    [Fact]
    public async Task Concurrent_saves_from_two_stores_on_one_file_all_land()
    {
        var first = await Open();
        var second = await Open();
        var runs = Enumerable.Range(0, 16).Select(i => SampleRuns.Realistic($"run-{i:00}", equityPoints: 500)).ToList();

        await Task.WhenAll(runs.Select((run, i) => (i % 2 == 0 ? first : second).SaveAsync(run, CancellationToken.None)));

        (await first.ListAsync(100, CancellationToken.None)).Count.ShouldBe(16);
        (await second.GetAsync(new RunId("run-07"), CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(runs[7]);
    }

    private Task<SqliteRunStore> Open() =>
        SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("journal.db"), BusyTimeout = TimeSpan.FromMinutes(2) }, Clock);
}
