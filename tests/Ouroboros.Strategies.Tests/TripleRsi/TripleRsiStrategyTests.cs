using Ouroboros.Domain.Venues;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests.TripleRsi;

public sealed class TripleRsiStrategyTests
{
    /// <summary>A drifting sine wave: pullbacks in an uptrend, so the composite RSI crosses its signal both ways.</summary>
    private static decimal[] Waves(int count = 400, double drift = 0.2, double amplitude = 4, double period = 20) =>
        [.. Enumerable.Range(0, count).Select(i => (decimal)Math.Round(100 + (drift * i) + (amplitude * Math.Sin(2 * Math.PI * i / period)), 2))];

    private sealed record Line(double Fast, double Slow, double Composite, double Signal);

    /// <summary>The indicator library's lines per bar (null during warm-up), computed outside the strategy.</summary>
    private static Line?[] Lines(IReadOnlyList<decimal> closes)
    {
        var indicator = new Ouroboros.Indicators.Oscillators.TripleRsi();
        var lines = new Line?[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            indicator.Update((double)closes[i]);
            if (!indicator.TryGetLine(Ouroboros.Indicators.Oscillators.TripleRsi.SignalLine, out var signal)) continue;
            var (fast, mid, slow) = (indicator.Fast!.Value, indicator.Mid!.Value, indicator.Slow!.Value);
            lines[i] = new Line(fast, slow, TripleRsiStrategy.Composite(fast, mid, slow), signal);
        }
        return lines;
    }

    // Flat waves exit on the bearish cross; steeper rising waves push RSI7 above 80 first and exit as overbought.
    [Theory]
    [InlineData(0.0, 3, 16, "composite RSI crossed below its signal")]
    [InlineData(0.3, 6, 30, "fast RSI is overbought")]
    public async Task Enters_and_exits_exactly_on_the_bars_its_documented_rules_name(double drift, double amplitude, double period, string exitReason)
    {
        var closes = Waves(400, drift, amplitude, period);
        var settings = new TripleRsiSettings();
        var result = await Backtests.Run(new TripleRsiStrategy(settings), [BarBuilder.Series("TQQQ", closes)], FillPolicy.SameClose);

        var expected = new List<(DateTimeOffset Time, OrderSide Side, string Reason)>();
        var lines = Lines(closes);
        var isLong = false;
        for (var t = 1; t < closes.Length; t++)
        {
            if (lines[t - 1] is not { } p || lines[t] is not { } c) continue;
            var up = p.Composite <= p.Signal && c.Composite > c.Signal;
            var down = p.Composite >= p.Signal && c.Composite < c.Signal;
            if (isLong && down) expected.Add((BarBuilder.Day(t), OrderSide.Sell, "composite RSI crossed below its signal"));
            else if (isLong && c.Fast > settings.Overbought) expected.Add((BarBuilder.Day(t), OrderSide.Sell, "fast RSI is overbought"));
            else if (!isLong && up && c.Composite < settings.EntryMax && c.Slow > settings.TrendMin && c.Fast <= settings.Overbought)
                expected.Add((BarBuilder.Day(t), OrderSide.Buy, "composite RSI crossed above its signal in an uptrend"));
            else continue;
            isLong = !isLong;
        }

        expected.Count(e => e.Side == OrderSide.Buy).ShouldBeGreaterThanOrEqualTo(3, "the crafted series must produce entries");
        expected.Where(e => e.Side == OrderSide.Sell).ShouldAllBe(e => e.Reason == exitReason);
        result.Orders.Select(o => (o.Request.CreatedAt, o.Request.Side, o.Request.Tag!)).ShouldBe(expected);
        result.Fills.Select(f => f.Time).ShouldBe(expected.Select(e => e.Time), "same-close fills happen on the signal bar");
    }

    [Fact]
    public async Task Does_not_enter_when_the_slow_RSI_says_the_trend_is_down()
    {
        // The same waves on a falling trend: the composite still crosses its signal, but RSI21 stays below a high trend_min.
        var closes = Waves(drift: -0.25, amplitude: 6, period: 30);
        var lines = Lines(closes);
        lines.Where(l => l is not null).Max(l => l!.Slow).ShouldBeLessThan(70);
        var result = await Backtests.Run(new TripleRsiStrategy(new TripleRsiSettings(TrendMin: 70)), [BarBuilder.Series("X", closes)]);

        result.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task Exits_on_overbought_fast_RSI_before_any_bearish_cross()
    {
        // Waves until a long is open, then a straight rally: RSI7 passes 80 while the composite is still above its signal.
        var waves = Waves(130);
        var result0 = await Backtests.Run(new TripleRsiStrategy(new TripleRsiSettings()), [BarBuilder.Series("X", waves)], FillPolicy.SameClose);
        var lastBuy = result0.Fills.Last(f => f.Side == OrderSide.Buy);
        var entry = (int)(lastBuy.Time - BarBuilder.Start).TotalDays;
        var closes = waves[..(entry + 1)].Concat(Enumerable.Range(1, 30).Select(i => waves[entry] + (1.5m * i))).ToArray();

        var result = await Backtests.Run(new TripleRsiStrategy(new TripleRsiSettings()), [BarBuilder.Series("X", closes)], FillPolicy.SameClose);

        var exit = result.Fills[^1];
        exit.Side.ShouldBe(OrderSide.Sell);
        var exitIndex = (int)(exit.Time - BarBuilder.Start).TotalDays;
        exitIndex.ShouldBeGreaterThan(entry);
        var lines = Lines(closes);
        lines[exitIndex]!.Fast.ShouldBeGreaterThan(80);
        lines[exitIndex]!.Composite.ShouldBeGreaterThan(lines[exitIndex]!.Signal);
        result.Orders[^1].Request.Tag.ShouldBe("fast RSI is overbought");
    }

    [Fact]
    public void Uses_the_indicator_librarys_triple_RSI_signal_line()
    {
        var closes = Waves(120);
        var indicator = new Ouroboros.Indicators.Oscillators.TripleRsi(7, 14, 21, 9);
        var composites = new List<double>();
        foreach (var c in closes)
        {
            indicator.Update((double)c);
            if (indicator.Slow is { } slow) composites.Add(TripleRsiStrategy.Composite(indicator.Fast!.Value, indicator.Mid!.Value, slow));
        }
        indicator.Signal!.Value.ShouldBe(composites.TakeLast(9).Average(), 1e-9);
    }

    [Fact]
    public void Does_not_allocate_per_bar_without_signals()
    {
        var context = new FakeStrategyContext(GenericVenue.Instrument("A"));
        var strategy = new TripleRsiStrategy(new TripleRsiSettings());
        strategy.Initialize(context);
        var bars = BarBuilder.Midpoint([.. Enumerable.Range(1, 3_000).Select(i => (decimal)i)]);
        for (var i = 0; i < 100; i++) strategy.OnBar(0, bars[i]);

        HeapAllocations.QuietestWindow(100, bars.Length, i => strategy.OnBar(0, bars[i])).ShouldBe(0);
        context.Submitted.ShouldBeEmpty();
    }
}
