using System.Text;
using static Ouroboros.Analytics.Reports.HtmlText;
using Ouroboros.Risk.Events;

namespace Ouroboros.Analytics.Reports;

/// <summary>What each risk rule cost or saved (what-if replays), halts, alerts and state changes.</summary>
internal static class RiskReportSection
{
    public const int MaxEvents = 100;

    public static void Render(StringBuilder sb, RiskReport? report, IReadOnlyList<RiskEvent> events, bool intraday)
    {
        if (report is null && events.Count == 0) return;
        sb.Append("<h2>Risk rules: what they cost or saved</h2>\n");
        if (report is not null)
        {
            sb.Append($"<p class=\"muted\">{Int(report.Halts)} halt(s), {Int(report.Alerts)} alert(s), {Int(report.ExitSignals)} exit signal(s). ");
            sb.Append("Each row replays the whole backtest with only that rule off; Δ equity is the replay's final equity minus this run's ");
            sb.Append("(positive: the rule cost money; negative: it saved money).</p>\n");
            if (report.Rules.Count == 0) sb.Append("<p class=\"muted\">No rule denied an order or fired an exit.</p>\n");
            else
            {
                sb.Append("<div class=\"scroll\"><table>\n<thead><tr><th>Rule</th><th class=\"num\">Denials</th><th class=\"num\">Data missing</th>");
                sb.Append("<th class=\"num\">Revived orders</th><th class=\"num\">P&amp;L of denied intents</th><th class=\"num\">Final equity without</th><th class=\"num\">Δ equity</th></tr></thead><tbody>\n");
                foreach (var r in report.Rules)
                {
                    // Red when the rule cost money (the run would have ended richer without it), green when it saved money.
                    var delta = r.EquityDelta is { } d ? (d > 0 ? "neg" : d < 0 ? "pos" : string.Empty) : string.Empty;
                    var effect = r.EquityDelta is { } e ? (e > 0 ? " (cost)" : e < 0 ? " (saved)" : string.Empty) : string.Empty;
                    sb.Append($"<tr><td>{Esc(r.Rule)}</td><td class=\"num\">{Int(r.Denials)}</td><td class=\"num\">{Int(r.DataMissing)}</td>");
                    sb.Append($"<td class=\"num\">{(r.RevivedOrders is { } n ? Int(n) : "—")}</td><td class=\"num\">{Money(r.DeniedIntentsPnl)}</td>");
                    sb.Append($"<td class=\"num\">{Money(r.FinalEquityWithout)}</td><td class=\"num {delta}\">{Money(r.EquityDelta)}{effect}</td></tr>\n");
                }
                sb.Append("</tbody></table></div>\n");
            }
        }
        var notable = events.Where(e => e.Kind != RiskEventKind.ExitSignal).Take(MaxEvents).ToList();
        if (notable.Count == 0) return;
        sb.Append("<h3>Trading state changes and alerts</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Time</th><th>Kind</th><th>Scope</th><th>Source</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var e in notable)
            sb.Append($"<tr><td class=\"num\">{Date(e.Time, intraday)}</td><td>{e.Kind}</td><td>{Esc(e.Scope)}</td><td>{Esc(e.Source)}</td><td>{Esc(e.Message)}</td></tr>\n");
        sb.Append("</tbody></table></div>\n");
    }
}
