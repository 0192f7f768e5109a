using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The playbook store: what every implementation must do, whatever it stores in. Derive one class per implementation.</summary>
public abstract class PlaybookStoreContract
{
    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IPlaybookStore> OpenAsync(TimeProvider clock);

    private static readonly DateOnly Monday = new(2025, 4, 7);
    private static readonly DateTimeOffset PlannedAt = new DateTimeOffset(2025, 4, 6, 23, 10, 0, TimeSpan.Zero).AddTicks(5);
    private static readonly FakeClock Clock = new(PlannedAt);

    [Fact]
    public async Task A_playbook_reads_back_exactly_and_an_unknown_day_is_null()
    {
        var store = await OpenAsync(Clock);
        var playbook = Playbook(Monday, "KRX") with { TokenCount = 4321, Problem = "scenario 3 dropped: stop above entry" };

        await store.SaveAsync(playbook, CancellationToken.None);

        (await store.GetAsync("KRX", Monday, CancellationToken.None)).ShouldBe(playbook);
        (await store.GetAsync("KRX", Monday.AddDays(1), CancellationToken.None)).ShouldBeNull();
        (await store.GetAsync("US", Monday, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task A_playbook_made_without_a_model_keeps_a_null_token_count_and_no_problem()
    {
        var store = await OpenAsync(Clock);
        var playbook = Playbook(Monday, "KRX", "fallback", "defensive") with { TokenCount = null, Problem = null };

        await store.SaveAsync(playbook, CancellationToken.None);
        var back = (await store.GetAsync("KRX", Monday, CancellationToken.None)).ShouldNotBeNull();

        back.TokenCount.ShouldBeNull();
        back.Problem.ShouldBeNull();
        back.ShouldBe(playbook);
    }

    [Fact]
    public async Task Saving_the_same_day_and_market_again_replaces_the_row()
    {
        var store = await OpenAsync(Clock);
        await store.SaveAsync(Playbook(Monday, "KRX", "fallback", "defensive"), CancellationToken.None);
        var replan = Playbook(Monday, "KRX", "validated", "model") with { Json = """{"v":2}""", CreatedAt = PlannedAt.AddHours(1) };

        await store.SaveAsync(replan, CancellationToken.None);

        (await store.GetAsync("krx", Monday, CancellationToken.None)).ShouldBe(replan);
    }

    [Fact]
    public async Task Latest_before_honours_the_market_the_status_and_a_strictly_earlier_date()
    {
        var store = await OpenAsync(Clock);
        PlaybookRecord[] saved =
        [
            Playbook(Monday.AddDays(-7), "KRX", "validated", "model"),
            Playbook(Monday.AddDays(-3), "KRX", "validated", "model"),
            Playbook(Monday.AddDays(-2), "KRX", "rejected", "model"),
            Playbook(Monday.AddDays(-1), "US", "validated", "model"),
            Playbook(Monday, "KRX", "validated", "model"),
        ];
        foreach (var p in saved) await store.SaveAsync(p, CancellationToken.None);

        (await store.LatestBeforeAsync("KRX", Monday, "validated", CancellationToken.None)).ShouldBe(saved[1]);
        (await store.LatestBeforeAsync("KRX", Monday, "rejected", CancellationToken.None)).ShouldBe(saved[2]);
        (await store.LatestBeforeAsync("KRX", Monday.AddDays(-3), "validated", CancellationToken.None)).ShouldBe(saved[0]);
        (await store.LatestBeforeAsync("KRX", Monday.AddDays(-7), "validated", CancellationToken.None)).ShouldBeNull();
        (await store.LatestBeforeAsync("KRX", Monday, "fallback", CancellationToken.None)).ShouldBeNull();
        (await store.LatestBeforeAsync("US", Monday.AddDays(1), "validated", CancellationToken.None)).ShouldBe(saved[3]);
    }

    [Fact]
    public async Task Setting_the_match_count_updates_only_that_day()
    {
        var store = await OpenAsync(Clock);
        await store.SaveAsync(Playbook(Monday, "KRX"), CancellationToken.None);
        await store.SaveAsync(Playbook(Monday.AddDays(-1), "KRX"), CancellationToken.None);

        await store.SetMatchCountAsync("KRX", Monday, 3, CancellationToken.None);

        (await store.GetAsync("KRX", Monday, CancellationToken.None)).ShouldNotBeNull().MatchCount.ShouldBe(3);
        (await store.GetAsync("KRX", Monday.AddDays(-1), CancellationToken.None)).ShouldNotBeNull().MatchCount.ShouldBe(0);
    }

    [Fact]
    public async Task Listing_is_newest_first_limited_and_filtered_by_market()
    {
        var store = await OpenAsync(Clock);
        await store.SaveAsync(Playbook(Monday.AddDays(-2), "KRX"), CancellationToken.None);
        await store.SaveAsync(Playbook(Monday, "US"), CancellationToken.None);
        await store.SaveAsync(Playbook(Monday.AddDays(-1), "KRX"), CancellationToken.None);
        await store.SaveAsync(Playbook(Monday.AddDays(-5), "US"), CancellationToken.None);

        (await store.ListAsync(null, 10, CancellationToken.None)).Select(p => (p.Date.Day, p.Market)).ShouldBe([(7, "US"), (6, "KRX"), (5, "KRX"), (2, "US")]);
        (await store.ListAsync("KRX", 10, CancellationToken.None)).Select(p => p.Date).ShouldBe([Monday.AddDays(-1), Monday.AddDays(-2)]);
        (await store.ListAsync(null, 2, CancellationToken.None)).Select(p => p.Date).ShouldBe([Monday, Monday.AddDays(-1)]);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.ListAsync(null, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Two_stores_on_the_same_file_see_each_others_playbooks()
    {
        var planner = await OpenAsync(Clock);
        var trader = await OpenAsync(Clock);
        var playbook = Playbook(Monday, "KRX");

        await planner.SaveAsync(playbook, CancellationToken.None);
        await trader.SetMatchCountAsync("KRX", Monday, 2, CancellationToken.None);

        (await planner.GetAsync("KRX", Monday, CancellationToken.None)).ShouldBe(playbook with { MatchCount = 2 });
    }

    private static PlaybookRecord Playbook(DateOnly date, string market, string status = "validated", string origin = "model") => new(
        date, market, status, origin, $$"""{"market":"{{market}}","scenarios":[{"name":"갭 상승","entry":"71500.50"}]}""",
        1200, 3, 0, PlannedAt.AddDays(date.DayNumber - Monday.DayNumber));
}
