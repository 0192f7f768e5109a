using Ouroboros.Backtest.Engine;
using Ouroboros.MarketData;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.Strategies;
using Ouroboros.TestKit;

namespace Ouroboros.Backtest.Tests.Engine;

/// <summary>A backtest's warm-up: earlier bars reach the strategy, while equity, trades and statistics start at TradeFrom.</summary>
public sealed class BacktestWarmUpTests
{
    private static readonly BarSeries Spy = new MarketDataLoader().Load(RepoPaths.Data("us", "yahoo-SPY-daily.csv"), new LoadOptions { UseCache = false }).Series;

    private static Task<KernelResult> RunAsync(IStrategy strategy, BarSeries series, DateTimeOffset? tradeFrom)
    {
        var spec = new BacktestSpec([series], strategy, strategy.Name, new Dictionary<string, string>(), 100_000m, [GenericVenue.Model(0.001m)],
            FillPolicy.NextOpen, SizingPolicy.Parse("fixed:10"), RiskEngine.None) { TradeFrom = tradeFrom };
        return BacktestRunner.RunAsync(spec);
    }

    [Fact]
    public async Task Equity_trades_and_statistics_start_at_trade_from_while_the_strategy_saw_the_bars_before()
    {
        var series = BarBuilder.FromCloses([.. Enumerable.Range(0, 12).Select(i => 100m + i)]);
        var tradeFrom = series[5].Time;
        var strategy = new ScriptedStrategy().Buy(2).Buy(6).Close(9);

        var result = await RunAsync(strategy, series, tradeFrom);
        var stats = StatisticsCalculator.Compute(new StatisticsInput(result.Equity, 100_000m, result.Trades, result.OpenTrades, result.Fills, series.Interval));

        strategy.Seen.Select(s => s.Bar.Time).ShouldBe(series.Bars.ToArray().Select(b => b.Time));
        result.WarmUpSlices.ShouldBe(5);
        result.WarmUpIntentsDiscarded.ShouldBe(1);
        result.Equity[0].Time.ShouldBe(tradeFrom);
        result.Equity.Count.ShouldBe(7);
        stats.Start.ShouldBe(tradeFrom);
        stats.Bars.ShouldBe(7);
        var trade = result.Trades.ShouldHaveSingleItem();
        trade.EntryTime.ShouldBe(series[7].Time);
        trade.ExitTime.ShouldBe(series[10].Time);
        result.Fills.ShouldAllBe(f => f.Time >= tradeFrom);
    }

    [Fact]
    public async Task Sma_cross_warmed_up_from_x_trades_exactly_like_a_run_that_saw_every_bar_and_earlier_than_a_cold_run_from_x()
    {
        var full = await RunAsync(new SmaCrossStrategy(), Spy, null);
        // X: the bar whose up-cross opened a trade in the middle of the data; the full run is flat there.
        var entry = full.Trades.First(t => t.EntryTime > Spy[2_000].Time).EntryTime;
        var x = Spy[IndexOf(Spy, entry) - 1].Time;

        var warm = await RunAsync(new SmaCrossStrategy(), Spy, x);
        var warm60 = await RunAsync(new SmaCrossStrategy(), Spy.Slice(Spy[IndexOf(Spy, x) - 60].Time, null), x);
        var cold = await RunAsync(new SmaCrossStrategy(), Spy.Slice(x, null), null);

        // Warmed on all earlier bars, the strategy's state at X is the full run's; with fixed sizing so are its trades.
        warm.Trades.Count.ShouldBeGreaterThan(3);
        Trades(warm).ShouldBe(Trades(full).Where(t => t.EntryTime >= x));
        warm.OpenTrades.Select(t => (t.EntryTime, t.Quantity)).ShouldBe(full.OpenTrades.Select(t => (t.EntryTime, t.Quantity)));
        var before = full.Equity.Last(e => e.Time < x).Equity;
        warm.Equity.Select(e => e.Equity - 100_000m).ShouldBe(full.Equity.Where(e => e.Time >= x).Select(e => e.Equity - before));

        warm60.WarmUpSlices.ShouldBe(60);
        warm60.Trades[0].EntryTime.ShouldBe(entry);
        cold.Trades[0].EntryTime.ShouldBeGreaterThan(entry, "a cold SMA(30) cannot signal in its first 30 bars");
    }

    private static IEnumerable<(DateTimeOffset EntryTime, DateTimeOffset ExitTime, decimal EntryPrice, decimal ExitPrice, decimal Quantity, decimal NetPnl)> Trades(KernelResult r) =>
        r.Trades.Select(t => (t.EntryTime, t.ExitTime, t.EntryPrice, t.ExitPrice, t.Quantity, t.NetPnl));

    private static int IndexOf(BarSeries series, DateTimeOffset time)
    {
        for (var i = 0; i < series.Count; i++)
        {
            if (series[i].Time == time) return i;
        }
        throw new InvalidOperationException($"no bar at {time:O}");
    }
}
