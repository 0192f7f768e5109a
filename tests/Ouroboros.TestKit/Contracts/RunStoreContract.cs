using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Journal;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.TestKit.Contracts;

public abstract class RunStoreContract
{
    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IRunStore> OpenAsync(TimeProvider clock);

    private static readonly FakeClock Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_realistic_run_reads_back_exactly_field_for_field()
    {
        var store = await Open();
        var run = SampleRuns.Realistic();

        await store.SaveAsync(run, CancellationToken.None);
        var loaded = await store.GetAsync(run.Summary.Id, CancellationToken.None);

        loaded.ShouldNotBeNull();
        loaded.Equity.Count.ShouldBe(10_000);
        loaded.ShouldMatchExactly(run);
    }

    [Fact]
    public async Task A_run_reads_back_exactly_from_a_freshly_opened_store()
    {
        var run = SampleRuns.Realistic(equityPoints: 50);
        await (await Open()).SaveAsync(run, CancellationToken.None);

        var loaded = await (await Open()).GetAsync(run.Summary.Id, CancellationToken.None);

        loaded.ShouldNotBeNull().ShouldMatchExactly(run);
    }

    [Fact]
    public async Task Missing_metrics_stay_null_and_absent_metrics_stay_absent()
    {
        var store = await Open();
        var run = SampleRuns.Realistic(equityPoints: 1);

        await store.SaveAsync(run, CancellationToken.None);
        var metrics = (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().Summary.Metrics;

        metrics.ContainsKey("sortino").ShouldBeTrue();
        metrics["sortino"].ShouldBeNull();
        metrics.ContainsKey("win_rate").ShouldBeFalse();
        metrics["profit_factor"].ShouldBe(double.PositiveInfinity);
        double.IsNaN(metrics["calmar"]!.Value).ShouldBeTrue();
    }

    [Fact]
    public async Task An_empty_run_reads_back_with_empty_lists_and_no_dates()
    {
        var store = await Open();
        var run = SampleRuns.Minimal("empty", SampleRuns.Start);

        await store.SaveAsync(run, CancellationToken.None);

        (await store.GetAsync(run.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(run);
    }

    [Fact]
    public async Task An_unknown_run_id_reads_back_as_null()
    {
        var store = await Open();
        await store.SaveAsync(SampleRuns.Minimal("known", SampleRuns.Start), CancellationToken.None);

        (await store.GetAsync(new RunId("unknown"), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Deleting_a_run_removes_it_and_everything_stored_with_it_and_leaves_the_others()
    {
        var store = await Open();
        var doomed = SampleRuns.Realistic("bt-doomed", equityPoints: 20);
        var kept = SampleRuns.Realistic("bt-kept", equityPoints: 20);
        await store.SaveAsync(doomed, CancellationToken.None);
        await store.SaveAsync(kept, CancellationToken.None);

        (await store.DeleteAsync(doomed.Summary.Id, CancellationToken.None)).ShouldBeTrue();

        (await store.GetAsync(doomed.Summary.Id, CancellationToken.None)).ShouldBeNull();
        (await store.ListAsync(10, CancellationToken.None)).Select(r => r.Id.Value).ShouldBe(["bt-kept"]);
        (await (await Open()).GetAsync(kept.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(kept);
        await store.SaveAsync(doomed, CancellationToken.None); // the id is free again, with no leftovers in the way
        (await store.GetAsync(doomed.Summary.Id, CancellationToken.None)).ShouldNotBeNull().ShouldMatchExactly(doomed);
    }

    [Fact]
    public async Task Deleting_an_unknown_run_says_so_and_changes_nothing()
    {
        var store = await Open();
        await store.SaveAsync(SampleRuns.Minimal("known", SampleRuns.Start), CancellationToken.None);

        (await store.DeleteAsync(new RunId("unknown"), CancellationToken.None)).ShouldBeFalse();
        (await store.ListAsync(10, CancellationToken.None)).Count.ShouldBe(1);
    }

    private Task<IRunStore> Open() =>
        OpenAsync(Clock);
}
