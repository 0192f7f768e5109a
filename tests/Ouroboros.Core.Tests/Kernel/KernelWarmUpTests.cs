using Ouroboros.Core.Kernel;
using Ouroboros.Core.Strategies;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>Slices before TradeFrom are shown to the strategy and nothing else: no orders, fills, equity or model calls.</summary>
public sealed class KernelWarmUpTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);
    private static readonly DateTimeOffset Day4 = Day1.AddDays(3);
    private readonly KernelHarness _kernel = new();

    private KernelHarness FourDays() => FourDays(_kernel);

    private static KernelHarness FourDays(KernelHarness kernel)
    {
        foreach (var (day, close) in new[] { (Day1, 50m), (Day2, 51m), (Day3, 52m), (Day4, 53m) })
            kernel.Bar(0, day, close).Bar(1, day, close * 2);
        return kernel;
    }

    private Task<KernelResult> RunAsync(DateTimeOffset? tradeFrom, IStrategy? strategy = null)
    {
        var setup = _kernel.Setup() with { TradeFrom = tradeFrom };
        if (strategy is not null) setup = setup with { Strategy = strategy };
        return _kernel.RunAsync(setup);
    }

    [Fact]
    public async Task Intents_submitted_during_warm_up_are_discarded_and_counted_and_never_reach_risk_or_the_broker()
    {
        var gate = new RecordingGate();
        _kernel.Gates.Add(gate);
        FourDays();
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1, _ => Intent(B)).At(Day2, _ => Intent(A)).At(Day3, _ => Intent(B, time: Day3));

        var result = await RunAsync(Day3);

        result.WarmUpSlices.ShouldBe(2);
        result.WarmUpIntentsDiscarded.ShouldBe(3);
        _kernel.Broker.Submitted.ShouldHaveSingleItem().Instrument.ShouldBe(B.Id);
        gate.Checks.ShouldHaveSingleItem().Time.ShouldBe(Day3);
        result.Orders.ShouldHaveSingleItem().Request.CreatedAt.ShouldBe(Day3);
        result.RiskDecisions.ShouldHaveSingleItem();
        result.SkippedIntents.ShouldBeEmpty();
        result.Fills.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_strategy_sees_every_warm_up_bar_but_equity_and_slice_counts_start_at_trade_from()
    {
        FourDays();

        var result = await RunAsync(Day3);

        _kernel.Log.Entries.ShouldContain($"strategy.OnBar 0 {CallLog.Stamp(Day1)}");
        _kernel.Log.Entries.ShouldContain($"strategy.OnTimeSliceEnd {CallLog.Stamp(Day2)}");
        result.BarsProcessed.ShouldBe(8);
        result.TimeSlices.ShouldBe(2);
        result.Equity.Select(e => e.Time).ShouldBe([Day3, Day4]);
        result.Equity.ShouldAllBe(e => e.Equity == 100_000m);
        // Progress counts warm-up slices too, so a progress bar over the source's slices reaches its end.
        _kernel.SlicesDone[^1].ShouldBe(4);
    }

    [Fact]
    public async Task Prices_seen_in_warm_up_let_the_first_trading_slice_size_an_order()
    {
        // B has no bar on the first trading day: without warm-up an intent for it would lack a price.
        _kernel.Bar(0, Day1, 50m).Bar(1, Day1, 80m).Bar(0, Day2, 51m);
        _kernel.Strategy.At(Day2, _ => Intent(B, time: Day2));

        var warm = await RunAsync(Day2);

        warm.SkippedIntents.ShouldBeEmpty();
        _kernel.Broker.Submitted.ShouldHaveSingleItem().Instrument.ShouldBe(B.Id);
    }

    [Fact]
    public async Task A_deliberating_strategy_is_not_asked_to_deliberate_during_warm_up()
    {
        FourDays();
        var strategy = new DeliberatingProbe(_kernel.Strategy);

        var result = await RunAsync(Day3, strategy);

        strategy.DeliberatedAt.ShouldBe([Day3, Day4]);
        strategy.SliceEnds.ShouldBe([Day1, Day2, Day3, Day4]);
        result.WarmUpSlices.ShouldBe(2);
    }

    [Fact]
    public async Task The_risk_history_observes_warm_up_closes_but_no_order_is_checked_before_trade_from()
    {
        var gate = new RecordingGate();
        var risk = new RiskEngine([gate]);
        _kernel.Risk = risk;
        FourDays();
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await RunAsync(Day3);

        // A return joins the window when its day is over: Day2's (from warm-up closes) and Day3's. Cold, there would be none.
        risk.History.DailyReturnDates(A.Id).ShouldBe([DateOnly.FromDateTime(Day2.UtcDateTime), DateOnly.FromDateTime(Day3.UtcDateTime)]);
        gate.Checks.ShouldBeEmpty();
        result.WarmUpIntentsDiscarded.ShouldBe(1);
        result.RiskEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Session_events_reach_the_strategy_during_warm_up_and_the_first_trading_slice_starts_a_trading_day()
    {
        // Half-hourly bars of one KRX day (Jan 3, 08:00-10:30 KST): warm-up ends mid-session, inside the day it began.
        var gate = new RecordingGate();
        _kernel.Gates.Add(gate);
        _kernel.Calendar = MarketCalendars.Krx;
        var first = new DateTimeOffset(2024, 1, 2, 23, 0, 0, TimeSpan.Zero);
        for (var m = 0; m < 6; m++) _kernel.Bar(0, first.AddMinutes(30 * m), 50m + m);
        var tradeFrom = first.AddMinutes(90);
        _kernel.Strategy.At(tradeFrom, _ => Intent(A, time: tradeFrom));

        var result = await RunAsync(tradeFrom);

        result.WarmUpSlices.ShouldBe(3);
        _kernel.Strategy.Sessions.ShouldContain(e => e.Kind == SessionEventKind.Open && e.Time < tradeFrom);
        var check = gate.Checks.ShouldHaveSingleItem();
        check.TradingDate.ShouldBe(new DateOnly(2024, 1, 3));
        check.Account.DayStartEquity.ShouldBe(100_000m);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Accepted);
        result.Equity[0].Time.ShouldBe(tradeFrom);
    }

    [Fact]
    public async Task A_trade_from_before_the_data_changes_nothing()
    {
        var plain = FourDays(new KernelHarness());
        foreach (var k in new[] { plain, FourDays() })
            k.Strategy.At(Day1, _ => Intent(A)).At(Day3, _ => Intent(B, time: Day3));
        var expected = await plain.RunAsync();

        var early = await RunAsync(Day1.AddDays(-10));

        early.WarmUpSlices.ShouldBe(0);
        early.WarmUpIntentsDiscarded.ShouldBe(0);
        early.Orders.Select(o => (o.Request.CreatedAt, o.Request.Instrument)).ShouldBe(expected.Orders.Select(o => (o.Request.CreatedAt, o.Request.Instrument)));
        early.Equity.ShouldBe(expected.Equity);
        early.TimeSlices.ShouldBe(expected.TimeSlices);
    }

    /// <summary>Wraps the scripted strategy and always wants to deliberate; records when it is asked to.</summary>
    private sealed class DeliberatingProbe(ScriptedStrategy inner) : IDeliberatingStrategy
    {
        public List<DateTimeOffset> DeliberatedAt { get; } = [];
        public List<DateTimeOffset> SliceEnds { get; } = [];
        public string Name => "probe";
        public bool WantsToDeliberate => true;
        public void Initialize(IStrategyContext context) => inner.Initialize(context);
        public void OnBar(int instrument, in Bar bar) => inner.OnBar(instrument, in bar);

        public void OnTimeSliceEnd(DateTimeOffset time)
        {
            SliceEnds.Add(time);
            inner.OnTimeSliceEnd(time);
        }

        public void OnSessionEvent(SessionEvent sessionEvent) => inner.OnSessionEvent(sessionEvent);
        public void OnFill(Fill fill) => inner.OnFill(fill);

        public ValueTask DeliberateAsync(DateTimeOffset time, CancellationToken cancellationToken)
        {
            DeliberatedAt.Add(time);
            return ValueTask.CompletedTask;
        }
    }
}
