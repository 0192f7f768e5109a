using Ouroboros.Application.Backtests;

namespace Ouroboros.Cli.Output;

/// <summary>The --risk-report table: per rule, its denials and what the run would have looked like without it.</summary>
public static class RiskReportPrinter
{
    public static async Task PrintAsync(TextWriter output, BacktestResult outcome)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcome);
        await output.WriteLineAsync().ConfigureAwait(false);
        if (outcome.RiskReport is not { } report)
        {
            await output.WriteLineAsync("Risk report: risk was off (--no-risk), nothing to report.").ConfigureAwait(false);
            return;
        }
        await output.WriteLineAsync($"Risk report: {report.Halts} halt(s), {report.Alerts} alert(s), {report.ExitSignals} exit signal(s)").ConfigureAwait(false);
        if (report.Rules.Count == 0)
        {
            await output.WriteLineAsync("No rule denied an order or fired an exit.").ConfigureAwait(false);
            return;
        }
        var rows = new List<string[]> { new[] { "rule", "denials", "data missing", "revived", "P&L of denied", "equity without", "Δ equity" } };
        foreach (var r in report.Rules)
        {
            rows.Add([r.Rule, r.Denials.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.DataMissing.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                r.RevivedOrders is { } n ? n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-", Format.Money(r.DeniedIntentsPnl), Format.Money(r.FinalEquityWithout), Format.Money(r.EquityDelta)]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c])))).ConfigureAwait(false);
        await output.WriteLineAsync("Δ equity = final equity of a replay with only that rule off, minus this run's (positive: the rule cost money).").ConfigureAwait(false);
        foreach (var alert in report.AlertMessages.Take(10))
            await output.WriteLineAsync($"alert: {alert}").ConfigureAwait(false);
    }
}
