using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sinks;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Feeds;
using Ouroboros.Risk.Engine;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Feeds;

public sealed class FeedStalenessTests
{
    private static readonly BarInterval Five = new(TimeSpan.FromMinutes(5));
    private static readonly Instrument[] Instruments = [GenericVenue.Instrument("A"), GenericVenue.Instrument("B")];
    private static TimeSpan M(int minutes, int seconds = 0) => TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_silent_instrument_goes_stale_once_per_episode_and_recovers_with_its_next_event()
    {
        var clock = new FakeClock();
        var inbox = new ChannelInbox();
        var notes = new List<Notification>();
        using var monitor = new FeedStalenessMonitor([FeedRig.A, FeedRig.B], [StalenessRule.For(Five, null, null), StalenessRule.For(Five, TimeSpan.FromHours(1), null)],
            inbox, clock, notes.Add);
        monitor.Start();
        using var rig = new FeedRig(monitor: monitor, inbox: inbox, clock: clock);

        rig.Trade(FeedRig.A, M(1), 10m, 1m).Until(M(10, 59));
        monitor.IsStale(0).ShouldBeFalse();
        rig.Until(M(11));
        monitor.IsStale(0).ShouldBeTrue();
        rig.Until(M(30));

        notes.Count(n => n.Kind == NotificationKind.FeedStale && n.Severity == NotificationSeverity.Warning).ShouldBe(1);
        notes[0].Message.ShouldBe("A: no market data for 600 s (limit 600 s); its price is missing and entries in it are skipped");
        monitor.IsStale(1).ShouldBeFalse();
        rig.Posted().ShouldContain("stale A True");

        rig.Trade(FeedRig.A, M(31), 11m, 1m);
        monitor.IsStale(0).ShouldBeFalse();
        notes[^1].Severity.ShouldBe(NotificationSeverity.Info);
        rig.Until(M(45));
        monitor.Episodes.ShouldBe(2);
    }

    [Fact]
    public void A_daily_rule_counts_silence_only_while_the_market_is_open()
    {
        var calendar = Ouroboros.Domain.Calendars.MarketCalendars.Krx;
        var rule = StalenessRule.For(BarInterval.OneDay, null, calendar);
        // 2025-03-04 is a Tuesday and a KRX trading day; KRX opens 09:00 KST = 00:00 UTC.
        var open = new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero);
        rule.SilenceAt(open.AddMinutes(3), open.AddHours(-10)).ShouldBe(TimeSpan.FromMinutes(3));
        rule.SilenceAt(open.AddHours(-2), open.AddHours(-20)).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task Entries_in_a_stale_instrument_are_skipped_as_data_missing_until_a_fresh_bar_arrives()
    {
        var clock = new FakeClock();
        var inbox = new ChannelInbox();
        var notes = new List<Notification>();
        var ids = Instruments.Select(i => i.Id).ToArray();
        using var monitor = new FeedStalenessMonitor(ids, [.. ids.Select(_ => StalenessRule.For(Five, null, null))], inbox, clock, notes.Add);
        monitor.Start();
        using var pipeline = new LiveBarPipeline(ids, new LiveBarPipelineOptions(Five), inbox, clock, monitor);
        pipeline.Start();
        var strategy = new ScriptedStrategy().Buy(slice: 2, instrument: 0).Buy(slice: 3, instrument: 0);
        var kernelClock = new SimulatedTimeProvider(FeedRig.T0.AddDays(-1));
        var models = Instruments.Select(_ => GenericVenue.Model(0m)).ToArray();
        var broker = new SimulatedBroker(Instruments, models, FillPolicy.NextOpen, Five, kernelClock);
        broker.OpenAccount(100_000m);
        var recorder = new RunRecorder();
        var kernel = new TradingKernel(new KernelSetup(Instruments, models, strategy, broker, new RiskEngine([]), SizingPolicy.Parse("fixed:10"),
            Currency.USD, 100_000m, kernelClock, new InMemoryOrderJournal()) { Venue = broker, Sinks = [recorder] });
        var run = Task.Run(() => kernel.RunAsync(inbox, null, CancellationToken.None));

        // B trades every minute for 25 minutes; A only in the first minute, then again at 09:16.
        for (var minute = 0; minute < 25; minute++)
        {
            clock.SetUtcNow(FeedRig.T0 + M(minute, 30));
            if (minute is 0 or 16) pipeline.OnEvent(new Ouroboros.Core.Feeds.FeedTrade(ids[0], clock.GetUtcNow(), 10m + minute, 1m));
            pipeline.OnEvent(new Ouroboros.Core.Feeds.FeedTrade(ids[1], clock.GetUtcNow(), 50m, 1m));
        }
        clock.SetUtcNow(FeedRig.T0 + M(25, 2));
        inbox.Complete();
        var result = recorder.ToResult(await run);

        notes.Count(n => n.Kind == NotificationKind.FeedStale && n.Severity == NotificationSeverity.Warning).ShouldBe(1);
        var skipped = result.SkippedIntents.ShouldHaveSingleItem();
        skipped.Reason.ShouldBe($"data missing: the price of {ids[0]} is stale since 2025-03-03T09:00:30.0000000+00:00 (feed silent for 600 s)");
        var order = result.Orders.ShouldHaveSingleItem();
        order.Request.Instrument.ShouldBe(ids[0]);
        order.Request.Side.ShouldBe(OrderSide.Buy);
        order.Status.ShouldNotBe(OrderStatus.DeniedByRisk);
        pipeline.Counters.SlicesPosted.ShouldBe(5);
    }
}
