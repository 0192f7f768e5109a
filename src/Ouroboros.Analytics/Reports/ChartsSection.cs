using System.Globalization;
using System.Text;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;
using static Ouroboros.Analytics.Reports.HtmlText;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Analytics.Reports;

/// <summary>Equity (with benchmark overlay), drawdown, and price with trade markers; every series downsampled.</summary>
internal static class ChartsSection
{
    /// <summary>At most this many fill markers are drawn (evenly sampled beyond that).</summary>
    public const int MaxMarkers = 1500;

    private const string EquityColor = "#0969da";
    private const string BenchmarkColor = "#8c959f";
    private const string DrawdownColor = "#cf222e";
    private const string PriceColor = "#1f2328";
    private const string BuyColor = "#1a7f37";
    private const string SellColor = "#cf222e";

    public static void Render(StringBuilder sb, HtmlReportInput input)
    {
        var equity = input.Data.Equity;
        var idx = Downsampler.MinMax(equity.Count, i => (double)equity[i].Equity);
        var series = new List<ChartSeries>
        {
            new("Strategy equity", EquityColor, idx.Select(i => (double)equity[i].Time.UtcTicks).ToArray(), idx.Select(i => (double)equity[i].Equity).ToArray()),
        };
        if (input.Data.Benchmark is { } bench && input.Statistics.Benchmark is not null && equity.Count > 0)
            series.Add(BenchmarkSeries(bench, input.Data.InitialCash, equity[0].Time, equity[^1].Time));
        sb.Append("<h2>Equity</h2>\n<div class=\"panel\">\n");
        SvgChart.Render(sb, new ChartSpec("Equity curve", 320, series, Compact));
        sb.Append("</div>\n");

        var drawdown = StatisticsCalculator.DrawdownSeries(equity);
        var ddIdx = Downsampler.MinMax(drawdown);
        var ddSeries = new ChartSeries("Drawdown", DrawdownColor, ddIdx.Select(i => (double)equity[i].Time.UtcTicks).ToArray(),
            ddIdx.Select(i => drawdown[i] * 100).ToArray(), Area: true);
        sb.Append("<h2>Drawdown</h2>\n<div class=\"panel\">\n");
        SvgChart.Render(sb, new ChartSpec("Drawdown", 180, [ddSeries], v => v.ToString("0.#", CultureInfo.InvariantCulture) + "%", IncludeZero: true));
        sb.Append("</div>\n");

        if (input.Prices is { } prices) RenderPrice(sb, input, prices);
    }

    private static void RenderPrice(StringBuilder sb, HtmlReportInput input, BarSeries prices)
    {
        var equity = input.Data.Equity;
        var (first, last) = equity.Count > 0
            ? BenchmarkCalculator.Range(prices.Bars, equity[0].Time, equity[^1].Time) ?? (0, prices.Count - 1)
            : (0, prices.Count - 1);
        var count = Math.Max(0, last - first + 1);
        var idx = Downsampler.MinMax(count, j => (double)prices[first + j].Close);
        var line = new ChartSeries(prices.Instrument.Symbol + " close", PriceColor,
            idx.Select(j => (double)prices[first + j].Time.UtcTicks).ToArray(), idx.Select(j => (double)prices[first + j].Close).ToArray());

        var id = prices.Instrument.Id;
        var fills = input.Data.Fills.Where(f => f.Instrument == id).ToList();
        var step = Math.Max(1, (int)Math.Ceiling(fills.Count / (double)MaxMarkers));
        var intraday = input.Data.Interval.IsIntraday;
        var markers = new List<ChartMarker>();
        for (var i = 0; i < fills.Count; i += step)
        {
            var f = fills[i];
            var buy = f.Side == OrderSide.Buy;
            markers.Add(new ChartMarker(f.Time.UtcTicks, (double)f.Price, buy, buy ? BuyColor : SellColor,
                $"{(buy ? "BUY" : "SELL")} {Quantity(f.Quantity)} @ {Price(f.Price)} · {Date(f.Time, intraday)}"));
        }

        sb.Append($"<h2>Price and trades: {Esc(InstrumentNames.Display(prices.Instrument))}</h2>\n<div class=\"panel\">\n");
        SvgChart.Render(sb, new ChartSpec($"{InstrumentNames.Display(prices.Instrument)} price with fills", 320, [line], Compact, markers));
        sb.Append("</div>\n<p class=\"note\">▲ buy fill (green) · ▼ sell fill (red), at the fill price. Hover a marker for details.");
        if (step > 1) sb.Append($" Showing {Int(markers.Count)} of {Int(fills.Count)} fills (evenly sampled).");
        sb.Append("</p>\n");
    }

    /// <summary>Buy-and-hold of the benchmark scaled to the initial cash, over the run's range.</summary>
    private static ChartSeries BenchmarkSeries(BarSeries bench, decimal initialCash, DateTimeOffset start, DateTimeOffset end)
    {
        var (first, last) = BenchmarkCalculator.Range(bench.Bars, start, end) ?? (0, -1);
        var count = Math.Max(0, last - first + 1);
        var basePrice = count > 0 ? (double)bench[first].Close : 1;
        var scale = (double)initialCash / basePrice;
        var idx = Downsampler.MinMax(count, j => (double)bench[first + j].Close);
        return new ChartSeries("Buy & hold " + bench.Instrument.Symbol, BenchmarkColor,
            idx.Select(j => (double)bench[first + j].Time.UtcTicks).ToArray(),
            idx.Select(j => (double)bench[first + j].Close * scale).ToArray(), Dashed: true);
    }
}
