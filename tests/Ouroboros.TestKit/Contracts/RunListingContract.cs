using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The run journal's listing: what every implementation must do. Derive one class per implementation.</summary>
public abstract class RunListingContract
{
    /// <summary>A store over this test's own backing data.</summary>
    protected abstract Task<IRunStore> OpenAsync(TimeProvider clock);

    [Fact]
    public async Task Runs_are_listed_newest_first_by_creation_time_not_by_save_order()
    {
        var store = await OpenWithRuns(("b", 2), ("d", 4), ("a", 1), ("e", 5), ("c", 3));

        var listed = await store.ListAsync(10, CancellationToken.None);

        listed.Select(s => s.Id.Value).ShouldBe(["e", "d", "c", "b", "a"]);
    }

    [Fact]
    public async Task The_listing_returns_at_most_limit_runs_and_they_are_the_newest()
    {
        var store = await OpenWithRuns(("b", 2), ("d", 4), ("a", 1), ("e", 5), ("c", 3));

        (await store.ListAsync(2, CancellationToken.None)).Select(s => s.Id.Value).ShouldBe(["e", "d"]);
        (await store.ListAsync(0, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Runs_created_at_the_same_instant_are_listed_in_a_stable_order()
    {
        var store = await OpenWithRuns(("x", 1), ("z", 1), ("y", 1));

        (await store.ListAsync(10, CancellationToken.None)).Select(s => s.Id.Value).ShouldBe(["z", "y", "x"]);
    }

    [Fact]
    public async Task A_listed_summary_carries_every_field_and_metric_of_the_saved_run()
    {
        var store = await OpenWithRuns();
        var run = SampleRuns.Realistic(equityPoints: 3);
        await store.SaveAsync(run, CancellationToken.None);

        var summary = (await store.ListAsync(1, CancellationToken.None)).ShouldHaveSingleItem();

        summary.ShouldMatchExactly(run.Summary);
    }

    [Fact]
    public async Task An_empty_journal_lists_nothing()
    {
        var store = await OpenWithRuns();

        (await store.ListAsync(10, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_negative_limit_is_rejected()
    {
        var store = await OpenWithRuns();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(-1, CancellationToken.None));
    }

    private async Task<IRunStore> OpenWithRuns(params (string Id, int Day)[] runs)
    {
        var store = await OpenAsync(TimeProvider.System);
        foreach (var (id, day) in runs)
            await store.SaveAsync(SampleRuns.Minimal(id, SampleRuns.Start.AddDays(day)), CancellationToken.None);
        return store;
    }
}
