using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Bars;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Tests.Recovery;

namespace Ouroboros.Live.Tests.LiveFeed;

/// <summary>The agent on a live feed: the paper broker fills on live prices, every slice is journaled before the kernel hears it, a restart re-runs them.</summary>
public sealed class LiveAgentTests
{
    private const int Minutes = 40;

    [Fact]
    public async Task A_live_feed_session_trades_on_the_feeds_prices_and_journals_every_slice_it_traded_on()
    {
        var rig = new LiveRig();
        var run = await rig.StartAsync();
        for (var m = 0; m < Minutes; m++) await rig.MinuteAsync(m, run);
        rig.Feed.Complete();
        var outcome = await run.WaitAsync(LiveRig.Patience);

        outcome.Status.ShouldBe(AgentSessionStatus.Finished);
        outcome.StopReason.ShouldBe("the market data feed closed");
        outcome.SlicesDone.ShouldBe(Minutes);
        var inputs = await rig.Journal.InputsAsync(CancellationToken.None);
        inputs.Where(i => i.Kind == "slice").Select(i => i.AfterSlices).ShouldBe(Enumerable.Range(0, Minutes).Select(m => (long)m));
        var fills = await rig.Journal.FillsAsync(CancellationToken.None);
        fills.Count.ShouldBeGreaterThan(4, "the zigzag makes the SMA cross trade");
        var printed = Enumerable.Range(0, Minutes).SelectMany(m => new[] { LiveRig.PriceA(m), LiveRig.PriceB(m) }).ToHashSet();
        fills.ShouldAllBe(f => printed.Contains(f.Price), "the paper broker fills at the next live bar's open, a price the feed printed");
        fills.Select(f => f.Time).ShouldBeInOrder();
        var last = (await rig.Journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.SliceTime.ShouldBe(LiveRig.T0 + TimeSpan.FromMinutes(Minutes - 1), "slices are stamped with their bars' open time");
    }

    [Theory]
    [InlineData(CrashPointNames.OrderAfterPersist, 2)]
    [InlineData(CrashPointNames.OrderAfterSend, 3)]
    [InlineData(CrashPointNames.FillBeforeJournal, 2)]
    [InlineData(CrashPointNames.FillAfterJournal, 4)]
    [InlineData(CrashPointNames.SliceBeforeCheckpoint, 17)]
    [InlineData(CrashPointNames.SliceAfterCheckpoint, 23)]
    public async Task A_live_session_killed_and_restarted_ends_with_the_orders_fills_and_equity_of_one_never_killed(string point, int hit)
    {
        var reference = new LiveRig();
        var never = await reference.StartAsync();
        for (var m = 0; m < Minutes; m++) await reference.MinuteAsync(m, never);
        reference.Feed.Complete();
        await never.WaitAsync(LiveRig.Patience);

        var rig = new LiveRig();
        var killed = await rig.StartAsync(new CrashAt(point, hit));
        var minute = 0;
        while (!killed.IsCompleted && minute < Minutes) await rig.MinuteAsync(minute++, killed);
        (await Should.ThrowAsync<Exception>(killed.WaitAsync(LiveRig.Patience))).ShouldSatisfyAllConditions(e => CrashAt.IsCrash(e).ShouldBeTrue(e.ToString()));
        // The restarted process hears the feed from where the journal ends: the slice of the crash is journaled, so it is re-run, not lost.
        var journaled = (await rig.Journal.InputsAsync(CancellationToken.None)).Count(i => i.Kind == "slice");
        journaled.ShouldBe(minute, "the slice the crash came in was journaled before the kernel heard it");
        var restarted = await rig.StartAsync();
        for (var m = journaled; m < Minutes; m++) await rig.MinuteAsync(m, restarted);
        rig.Feed.Complete();
        var outcome = await restarted.WaitAsync(LiveRig.Patience);

        outcome.SlicesRecovered.ShouldBeGreaterThan(0);
        (await SessionSnapshot.OfAsync(rig.Journal)).ShouldEqual(await SessionSnapshot.OfAsync(reference.Journal), $"killed at hit {hit} of {point}");
    }

    [Fact]
    public async Task A_silent_instrument_is_marked_missing_journaled_and_told_and_a_restart_marks_it_again_in_place()
    {
        var rig = new LiveRig { StaleAfter = TimeSpan.FromMinutes(3) };
        var run = await rig.StartAsync();
        for (var m = 0; m < 12; m++) await rig.MinuteAsync(m, run, tradeB: m < 4);
        rig.Feed.Complete();
        (await run.WaitAsync(LiveRig.Patience)).Status.ShouldBe(AgentSessionStatus.Finished);

        var marks = (await rig.Journal.InputsAsync(CancellationToken.None)).Where(i => i.Kind == "price-status").ToList();
        var mark = marks.ShouldHaveSingleItem("one episode of silence, one mark");
        mark.AfterSlices.ShouldBeInRange(6, 8, "B fell silent after minute 3 and the limit is 3 minutes");
        mark.Payload.ShouldContain($"\"Instrument\":\"{LiveRig.B.Id}\"");
        rig.Told.ShouldContain(n => n.Kind == NotificationKind.FeedStale && n.Severity == NotificationSeverity.Warning && n.Instrument == LiveRig.B.Id.Value);

        // A restart re-runs the mark at its place from the journal; it is neither journaled again nor told again as new.
        var before = await SessionSnapshot.OfAsync(rig.Journal);
        var restarted = await rig.StartAsync();
        rig.Feed.Complete();
        (await restarted.WaitAsync(LiveRig.Patience)).SlicesRecovered.ShouldBe(12);
        (await SessionSnapshot.OfAsync(rig.Journal)).ShouldEqual(before, "after a restart with no new data");
    }

    [Fact]
    public async Task At_each_rescan_the_period_so_far_is_journaled_as_partial_bars_and_a_restart_re_applies_them_in_place()
    {
        var reference = new LiveRig { Rescans = true };
        var never = await reference.StartAsync();
        for (var m = 0; m < 12; m++) await reference.MinuteAsync(m, never);
        reference.Feed.Complete();
        await never.WaitAsync(LiveRig.Patience);
        var partials = (await reference.Journal.InputsAsync(CancellationToken.None)).Where(i => i.Kind == "partial-bars").ToList();
        partials.Count.ShouldBe(12);
        (await reference.Journal.OrdersAsync(CancellationToken.None)).ShouldNotBeEmpty("the session needs an order to crash at");
        partials.Select(p => p.AfterSlices).ShouldBe(Enumerable.Range(0, 12).Select(m => (long)m), "each rescan comes after the minutes before it closed");
        partials[5].Payload.ShouldContain($"\"Close\":{LiveRig.PriceA(5)}", Case.Sensitive, "minute 5 so far: its one trade");

        var rig = new LiveRig { Rescans = true };
        var killed = await rig.StartAsync(new CrashAt(CrashPointNames.OrderAfterPersist, 1));
        var minute = 0;
        while (!killed.IsCompleted && minute < 12) await rig.MinuteAsync(minute++, killed);
        await Should.ThrowAsync<Exception>(killed.WaitAsync(LiveRig.Patience));
        var restarted = await rig.StartAsync();
        for (var m = minute; m < 12; m++) await rig.MinuteAsync(m, restarted);
        rig.Feed.Complete();
        await restarted.WaitAsync(LiveRig.Patience);

        (await SessionSnapshot.OfAsync(rig.Journal)).ShouldEqual(await SessionSnapshot.OfAsync(reference.Journal), "killed with rescans");
    }

    [Fact]
    public async Task A_refused_subscription_is_told_and_asked_again_never_fatal()
    {
        var rig = new LiveRig();
        var run = await rig.StartAsync(feed: f => f.FailNextSubscribe(BrokerErrorKind.Network, "connection reset"));
        await LiveRig.Eventually(() => rig.Told.Any(n => n.Message.Contains("refused the subscription", StringComparison.Ordinal)), "the refusal is told");
        rig.Feed.Subscribed.ShouldBeEmpty();
        rig.Clock.Advance(TimeSpan.FromSeconds(5));
        await LiveRig.Eventually(() => rig.Feed.Subscribed.Count == 2, "the agent asks again");
        for (var m = 0; m < 3; m++) await rig.MinuteAsync(m, run);
        rig.Feed.Complete();

        (await run.WaitAsync(LiveRig.Patience)).SlicesDone.ShouldBe(3);
    }

    [Fact]
    public async Task History_only_warms_the_strategy_up_and_trading_starts_with_the_feeds_first_slice()
    {
        var history = Enumerable.Range(-30, 30).Select(m => LiveBar(m, LiveRig.PriceA(m + 30))).ToArray();
        var rig = new LiveRig { History = [history, [.. Enumerable.Range(-30, 30).Select(m => LiveBar(m, LiveRig.PriceB(m + 30)))]] };
        var run = await rig.StartAsync();
        for (var m = 0; m < 10; m++) await rig.MinuteAsync(m, run);
        rig.Feed.Complete();
        var outcome = await run.WaitAsync(LiveRig.Patience);

        outcome.SlicesDone.ShouldBe(40, "30 warm-up slices and 10 live ones");
        outcome.Kernel.WarmUpSlices.ShouldBe(30);
        (await rig.Journal.OrdersAsync(CancellationToken.None)).ShouldAllBe(o => o.Request.CreatedAt >= LiveRig.T0, "nothing is ordered on history");
        (await rig.Journal.InputsAsync(CancellationToken.None)).Where(i => i.Kind == "slice").Select(i => i.AfterSlices).First().ShouldBe(30);
    }

    private static Bar LiveBar(int minute, decimal price) => new(LiveRig.T0 + TimeSpan.FromMinutes(minute), price, price, price, price, 10);
}
