using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class TradeStatisticsTests
{
    private static PerformanceStatistics WithTrades(IReadOnlyList<ClosedTrade> trades, IReadOnlyList<Fill>? fills = null, IReadOnlyList<OpenTrade>? open = null) =>
        StatisticsCalculator.Compute(new StatisticsInput(Curves.Daily(100m, 101m, 102m, 103m), 100m, trades, open ?? [], fills ?? [], BarInterval.OneDay));

    [Fact]
    public void Win_rate_profit_factor_and_averages_use_net_pnl()
    {
        // net: +100 (110 − 10 fees), −50 (−45 − 5), +30, 0 (breakeven counts as neither win nor loss)
        var stats = WithTrades([Curves.Trade(110m, 10m), Curves.Trade(-45m, 5m), Curves.Trade(30m, 0m), Curves.Trade(0m, 0m)]);
        stats.ClosedTrades.ShouldBe(4);
        stats.WinningTrades.ShouldBe(2);
        stats.LosingTrades.ShouldBe(1);
        stats.WinRate!.Value.ShouldBe(0.5);           // 2 / 4
        stats.ProfitFactor!.Value.ShouldBe(2.6, 1e-12); // 130 / 50
        stats.GrossProfit.ShouldBe(130m);
        stats.GrossLoss.ShouldBe(-50m);
        stats.AverageWin.ShouldBe(65m);
        stats.AverageLoss.ShouldBe(-50m);
        stats.LargestWin.ShouldBe(100m);
        stats.LargestLoss.ShouldBe(-50m);
        stats.AverageTrade.ShouldBe(20m);              // 80 / 4
        stats.RealizedPnl.ShouldBe(80m);
        stats.AverageHoldingTime.ShouldBe(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Profit_factor_is_null_when_no_trade_lost()
    {
        var stats = WithTrades([Curves.Trade(10m, 1m), Curves.Trade(20m, 1m)]);
        stats.ProfitFactor.ShouldBeNull();
        stats.AverageLoss.ShouldBeNull();
        stats.LargestLoss.ShouldBeNull();
        stats.WinRate.ShouldBe(1);
    }

    [Fact]
    public void Win_rate_and_averages_are_null_without_trades()
    {
        var stats = WithTrades([]);
        stats.WinRate.ShouldBeNull();
        stats.ProfitFactor.ShouldBeNull();
        stats.AverageTrade.ShouldBeNull();
        stats.AverageWin.ShouldBeNull();
        stats.AverageHoldingTime.ShouldBeNull();
        stats.ClosedTrades.ShouldBe(0);
    }

    [Fact]
    public void Fees_notional_and_turnover_come_from_the_fills()
    {
        // bought 1 @ 50 and sold 1 @ 52: notional 102; average equity (100 + 101 + 102 + 103) / 4 = 101.5
        var fills = new[]
        {
            Curves.Fill(OrderSide.Buy, 1m, 50m, 0.05m, Curves.Jan1),
            Curves.Fill(OrderSide.Sell, 1m, 52m, 0.052m, Curves.Jan1.AddDays(2)),
        };
        var stats = WithTrades([], fills);
        stats.Fills.ShouldBe(2);
        stats.TotalFees.ShouldBe(0.102m);
        stats.TradedNotional.ShouldBe(102m);
        stats.Turnover!.Value.ShouldBe(102 / 101.5, 1e-12);
        // 3 days = 3 / 365.25 years
        stats.AnnualTurnover!.Value.ShouldBe(102 / 101.5 / (3 / 365.25), 1e-9);
    }

    [Fact]
    public void Exposure_is_bars_in_market_over_bars_and_is_estimated_from_equity_versus_cash_when_not_given()
    {
        var points = new[]
        {
            new EquityPoint(Curves.Jan1, 100m, 100m),
            new EquityPoint(Curves.Jan1.AddDays(1), 101m, 20m),
            new EquityPoint(Curves.Jan1.AddDays(2), 102m, 20m),
            new EquityPoint(Curves.Jan1.AddDays(3), 102m, 102m),
        };
        var estimated = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 100m, BarInterval.OneDay));
        estimated.BarsInMarket.ShouldBe(2);
        estimated.Exposure.ShouldBe(0.5);

        var given = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 100m, BarInterval.OneDay) with { BarsInMarket = 3 });
        given.Exposure.ShouldBe(0.75);
    }

    [Fact]
    public void Open_trades_are_counted_and_their_unrealised_pnl_summed()
    {
        var open = new OpenTrade(new("CSV:AAA"), OrderSide.Buy, Curves.Jan1, 100m, 2m, 110m, 20m, 0.2m);
        var stats = WithTrades([], open: [open]);
        stats.OpenTrades.ShouldBe(1);
        stats.UnrealizedPnl.ShouldBe(20m);
    }
}
