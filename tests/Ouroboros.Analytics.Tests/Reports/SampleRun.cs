using Ouroboros.Domain.Venues;
using Ouroboros.Analytics.Reports;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Analytics.Tests.Reports;

/// <summary>
/// A small, deterministic but realistic run: a wavy price series, a position entered and exited every 15 bars
/// (fills at the close, 0.1% fee), equity marked at each close, and a few risk denials.
/// </summary>
internal static class SampleRun
{
    public static (HtmlReportInput Html, StatisticsInput Data) Create(int bars = 300, string symbol = "AAA", bool riskEnabled = true, string? reason = null)
    {
        var instrument = GenericVenue.Instrument(symbol);
        var start = new DateTimeOffset(2023, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var barArray = new Bar[bars];
        for (var i = 0; i < bars; i++)
        {
            var close = Math.Round(100m + (i * 0.05m) + (decimal)(8 * Math.Sin(i / 9.0)), 2);
            barArray[i] = new Bar(start.AddDays(i), close, close + 1, close - 1, close, 10_000m);
        }
        var prices = new BarSeries(instrument, BarInterval.OneDay, barArray);
        var benchmark = new BarSeries(GenericVenue.Instrument("SPY"), BarInterval.OneDay,
            barArray.Select((b, i) => b with { Close = 400m + i * 0.3m, Open = 400m + i * 0.3m, High = 401m + i * 0.3m, Low = 399m + i * 0.3m }).ToArray());

        var cash = 10_000m;
        var position = new Position(instrument.Id);
        var fills = new List<Fill>();
        var trades = new List<ClosedTrade>();
        var equity = new List<EquityPoint>();
        var inMarket = 0;
        for (var i = 0; i < bars; i++)
        {
            var bar = barArray[i];
            if (i % 15 == 5)
            {
                var buy = position.IsFlat;
                var qty = buy ? Math.Floor(cash * 0.9m / bar.Close) : position.Quantity;
                var fee = Math.Round(qty * bar.Close * 0.001m, 2);
                var fill = new Fill(new FillId($"f{i}"), new ClientOrderId($"o{i}"), instrument.Id, buy ? OrderSide.Buy : OrderSide.Sell, qty, bar.Close, fee, bar.Time, Liquidity.Taker);
                fills.Add(fill);
                cash += (buy ? -1 : 1) * fill.Notional - fee;
                if (position.Apply(fill) is { } closed) trades.Add(closed);
            }
            if (!position.IsFlat) inMarket++;
            var value = cash + position.MarketValue(bar.Close);
            equity.Add(new EquityPoint(bar.Time, value, cash));
        }
        var open = position.ToOpenTrade(barArray[^1].Close) is { } o ? new[] { o } : [];

        var data = new StatisticsInput(equity, 10_000m, trades, open, fills, BarInterval.OneDay, false, inMarket, benchmark);
        var stats = StatisticsCalculator.Compute(data);
        var decisions = new List<RiskDecision>
        {
            new(start.AddDays(20), new ClientOrderId("d1"), instrument.Id, OrderSide.Buy, 100m, 10_000m, false, "fat_finger", reason ?? "order is 95% of cash (limit 30%)"),
            new(start.AddDays(40), new ClientOrderId("d2"), instrument.Id, OrderSide.Buy, 50m, 5_000m, false, "concentration", "position would be 50% of equity (limit 15%)"),
            new(start.AddDays(41), new ClientOrderId("d3"), instrument.Id, OrderSide.Buy, 10m, 1_000m, true, null, null),
        };
        var run = new RunInfo("sma-cross", new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30", ["symbol"] = symbol },
            $"data/{symbol}.csv (1d)", riskEnabled, "run-0001");
        return (new HtmlReportInput(run, stats, data, decisions, prices), data);
    }
}
