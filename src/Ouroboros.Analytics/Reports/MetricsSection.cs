using System.Text;
using Ouroboros.Analytics.Statistics;
using static Ouroboros.Analytics.Reports.HtmlText;

namespace Ouroboros.Analytics.Reports;

/// <summary>Key-number cards and the full statistics tables (strategy beside the benchmark).</summary>
internal static class MetricsSection
{
    public static void RenderCards(StringBuilder sb, PerformanceStatistics s)
    {
        sb.Append("<section class=\"cards\">\n");
        Card(sb, "Final equity", Money(s.FinalEquity), Sign(s.FinalEquity - s.InitialCash));
        Card(sb, "Total return", Pct(s.TotalReturn), Sign(s.TotalReturn));
        Card(sb, "CAGR", Pct(s.Cagr), Sign(s.Cagr));
        Card(sb, "Sharpe", Num(s.Sharpe), Sign(s.Sharpe));
        Card(sb, "Sortino", Num(s.Sortino), Sign(s.Sortino));
        Card(sb, "Max drawdown", Pct(s.MaxDrawdown), s.MaxDrawdown < 0 ? "neg" : "");
        Card(sb, "Volatility", Pct(s.Volatility), "");
        Card(sb, "Win rate", Pct(s.WinRate, 1), "");
        Card(sb, "Profit factor", Num(s.ProfitFactor), s.ProfitFactor is { } pf ? (pf >= 1 ? "pos" : "neg") : "");
        Card(sb, "Trades", Int(s.ClosedTrades) + (s.OpenTrades > 0 ? $" +{s.OpenTrades} open" : string.Empty), "");
        Card(sb, "Fees", Money(s.TotalFees), "");
        Card(sb, "Exposure", Pct(s.Exposure, 1), "");
        if (s.Benchmark is { } b) Card(sb, "Excess vs " + b.Symbol, Pct(b.ExcessReturn), Sign(b.ExcessReturn));
        sb.Append("</section>\n");
    }

    public static void RenderTables(StringBuilder sb, PerformanceStatistics s, bool intraday)
    {
        var b = s.Benchmark;
        sb.Append("<h2>Statistics</h2>\n<div class=\"two-col\">\n<table>\n");
        sb.Append($"<thead><tr><th>Returns and risk</th><th class=\"num\">Strategy</th><th class=\"num\">{(b is null ? "Benchmark" : "Buy &amp; hold " + Esc(b.Symbol))}</th></tr></thead><tbody>\n");
        Compare(sb, "Total return", Pct(s.TotalReturn), Sign(s.TotalReturn), Pct(b?.TotalReturn), Sign(b?.TotalReturn));
        Compare(sb, "CAGR", Pct(s.Cagr), Sign(s.Cagr), Pct(b?.Cagr), Sign(b?.Cagr));
        Compare(sb, "Volatility (annualised)", Pct(s.Volatility));
        Compare(sb, "Sharpe (rf = 0)", Num(s.Sharpe), "", Num(b?.Sharpe));
        Compare(sb, "Sortino", Num(s.Sortino));
        Compare(sb, "Max drawdown", Pct(s.MaxDrawdown), Sign(s.MaxDrawdown), Pct(b?.MaxDrawdown), Sign(b?.MaxDrawdown));
        Compare(sb, "Max drawdown peak → trough", $"{Date(s.MaxDrawdownPeak, intraday)} → {Date(s.MaxDrawdownTrough, intraday)}");
        var ongoing = s.MaxDrawdownDurationOngoing ? " (not recovered)" : string.Empty;
        Compare(sb, "Longest drawdown", $"{Duration(s.MaxDrawdownDuration)} / {Num(s.MaxDrawdownDurationBars, 0)} bars{ongoing}");
        Compare(sb, "Current drawdown", Pct(s.CurrentDrawdown), Sign(s.CurrentDrawdown));
        Compare(sb, "Calmar", Num(s.Calmar));
        Compare(sb, "Excess return", Pct(b?.ExcessReturn), Sign(b?.ExcessReturn));
        Compare(sb, "Periods per year", Num(s.PeriodsPerYear, 1));
        sb.Append("</tbody></table>\n<table>\n<thead><tr><th>Trades and activity</th><th class=\"num\">Value</th></tr></thead><tbody>\n");
        Row(sb, "Closed trades (won / lost)", $"{Int(s.ClosedTrades)} ({Int(s.WinningTrades)} / {Int(s.LosingTrades)})");
        Row(sb, "Win rate", Pct(s.WinRate, 1));
        Row(sb, "Profit factor", Num(s.ProfitFactor));
        Row(sb, "Average trade", Money(s.AverageTrade), Sign(s.AverageTrade));
        Row(sb, "Average win / loss", $"{Money(s.AverageWin)} / {Money(s.AverageLoss)}");
        Row(sb, "Largest win / loss", $"{Money(s.LargestWin)} / {Money(s.LargestLoss)}");
        Row(sb, "Average holding time", Duration(s.AverageHoldingTime));
        Row(sb, "Realised P&amp;L (net of fees)", Money(s.RealizedPnl), Sign(s.RealizedPnl));
        Row(sb, "Open trades / unrealised P&amp;L", $"{Int(s.OpenTrades)} / {Money(s.UnrealizedPnl)}", Sign(s.UnrealizedPnl));
        Row(sb, "Fills", Int(s.Fills));
        Row(sb, "Fees", Money(s.TotalFees));
        Row(sb, "Traded notional", Money(s.TradedNotional));
        Row(sb, "Exposure (bars in market)", $"{Pct(s.Exposure, 1)} ({Num(s.BarsInMarket, 0)})");
        Row(sb, "Turnover (total / per year)", $"{Num(s.Turnover)}× / {Num(s.AnnualTurnover)}×");
        sb.Append("</tbody></table>\n</div>\n");
    }

    private static void Card(StringBuilder sb, string label, string value, string cls) =>
        sb.Append($"<div class=\"card\"><div class=\"label\">{Esc(label)}</div><div class=\"value num {cls}\">{Esc(value)}</div></div>\n");

    /// <summary>A two-cell row; <paramref name="label"/> is trusted markup, the value is escaped.</summary>
    private static void Row(StringBuilder sb, string label, string value, string cls = "") =>
        sb.Append($"<tr><td>{label}</td><td class=\"num {cls}\">{Esc(value)}</td></tr>\n");

    /// <summary>A strategy-versus-benchmark row; <paramref name="label"/> is trusted markup, values are escaped.</summary>
    private static void Compare(StringBuilder sb, string label, string value, string cls = "", string other = "", string otherCls = "") =>
        sb.Append($"<tr><td>{label}</td><td class=\"num {cls}\">{Esc(value)}</td><td class=\"num {otherCls}\">{Esc(other)}</td></tr>\n");
}
