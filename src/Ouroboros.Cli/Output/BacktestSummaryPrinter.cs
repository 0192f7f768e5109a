using Ouroboros.Risk.Events;
using Ouroboros.Application.Backtests;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Cli.Output;

/// <summary>The human summary of a backtest printed when --json is not given.</summary>
public static class BacktestSummaryPrinter
{
    public static async Task PrintAsync(TextWriter output, BacktestResult outcome)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcome);
        var s = outcome.Statistics;
        var run = outcome.Run;
        var lines = new List<(string, string)>
        {
            ("Run", outcome.RunId.Value),
            ("Data", string.Join(", ", outcome.Data.Select(d => $"{InstrumentNames.Display(d.Series.Instrument)} {d.Series.Interval} ({d.Series.Count} bars{(d.Gaps.IsEmpty ? "" : ", " + d.Gaps)})"))),
            ("Period", $"{Format.Date(s.Start)} → {Format.Date(s.End)} ({s.Bars} bars)"),
            ("Final equity", $"{Format.Money(s.FinalEquity)} from {Format.Money(s.InitialCash)}"),
            ("Total return", Format.Pct(s.TotalReturn)),
            ("CAGR", Format.Pct(s.Cagr)),
            ("Volatility", Format.Pct(s.Volatility)),
            ("Sharpe / Sortino", $"{Format.Num(s.Sharpe)} / {Format.Num(s.Sortino)}"),
            ("Max drawdown", $"{Format.Pct(s.MaxDrawdown)} over {(s.MaxDrawdownDuration is { } d ? $"{d.TotalDays:0} days" : "n/a")}"),
            ("Calmar", Format.Num(s.Calmar)),
            ("Trades", $"{s.ClosedTrades} closed, {s.OpenTrades} open; win rate {Format.Pct(s.WinRate)}, profit factor {Format.Num(s.ProfitFactor)}"),
            ("Avg win / loss", $"{Format.Money(s.AverageWin)} / {Format.Money(s.AverageLoss)}"),
            ("Fills / fees", $"{s.Fills} / {Format.Money(s.TotalFees)}"),
            ("Exposure / turnover", $"{Format.Pct(s.Exposure)} / {Format.Num(s.Turnover, "0.00")}x"),
            ("Risk", run.RiskDecisions.Count == 0 && run.Orders.Count == 0 ? "no orders" : $"{run.RiskDecisions.Count(r => !r.Approved)} of {run.RiskDecisions.Count} orders denied"
                + $"; {run.RiskEvents.Count(e => e.Kind == RiskEventKind.ExitSignal)} exit signals; {run.RiskEvents.Count(e => e.Kind == RiskEventKind.Alert)} alerts"),
        };
        if (outcome.NoTradeReasons.Count > 0) lines.Add(("No trades", string.Join("; ", outcome.NoTradeReasons)));
        if (s.Benchmark is { } b)
            lines.Add(("Benchmark", $"{b.Symbol}: total {Format.Pct(b.TotalReturn)}, CAGR {Format.Pct(b.Cagr)}, max DD {Format.Pct(b.MaxDrawdown)}"));
        if (run.SkippedIntents.Count > 0)
            lines.Add(("Skipped intents", $"{run.SkippedIntents.Count} (first: {run.SkippedIntents[0].Reason})"));
        if (outcome.ReportPath is { } report) lines.Add(("Report", report));
        if (outcome.Saved) lines.Add(("Journal", $"{outcome.Journal} (ouroboros runs show {outcome.RunId.Value})"));
        var width = lines.Max(l => l.Item1.Length);
        foreach (var (k, v) in lines)
            await output.WriteLineAsync($"{k.PadRight(width)}  {v}").ConfigureAwait(false);
    }
}
