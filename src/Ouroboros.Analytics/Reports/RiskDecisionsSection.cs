using System.Text;
using Ouroboros.Domain.Events;
using static Ouroboros.Analytics.Reports.HtmlText;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Analytics.Reports;

/// <summary>Counts of approvals and denials by gate, and the list of denials with their reasons.</summary>
internal static class RiskDecisionsSection
{
    /// <summary>At most this many denials are listed; the counts per gate always cover all of them.</summary>
    public const int MaxRows = 200;

    public static void Render(StringBuilder sb, IReadOnlyList<RiskDecision> decisions, bool riskEnabled, bool intraday)
    {
        var denied = decisions.Where(d => !d.Approved).ToList();
        sb.Append($"<h2>Risk decisions <span class=\"muted\">({Int(decisions.Count - denied.Count)} approved, {Int(denied.Count)} denied)</span></h2>\n");
        if (!riskEnabled) sb.Append("<p class=\"neg\"><b>Risk gates were OFF (risk switched off for research): no order was checked.</b></p>\n");
        if (denied.Count == 0)
        {
            sb.Append("<p class=\"muted\">No order was denied.</p>\n");
            return;
        }

        sb.Append("<div class=\"two-col\"><table>\n<thead><tr><th>Gate</th><th class=\"num\">Denials</th><th>Most common reason</th></tr></thead><tbody>\n");
        foreach (var gate in denied.GroupBy(d => d.Gate ?? "(unnamed)").OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var reason = gate.GroupBy(d => d.Reason ?? string.Empty).OrderByDescending(g => g.Count()).First().Key;
            sb.Append($"<tr><td>{Esc(gate.Key)}</td><td class=\"num\">{Int(gate.Count())}</td><td>{Esc(reason)}</td></tr>\n");
        }
        sb.Append("</tbody></table><div></div></div>\n");

        sb.Append("<div class=\"scroll\" style=\"margin-top:12px\"><table>\n<thead><tr><th>Time</th><th>Instrument</th><th>Side</th>");
        sb.Append("<th class=\"num\">Qty</th><th class=\"num\">Est. value</th><th>Gate</th><th>Reason</th></tr></thead><tbody>\n");
        foreach (var d in denied.Take(MaxRows))
        {
            sb.Append($"<tr><td class=\"num\">{Date(d.Time, intraday)}</td><td>{Esc(InstrumentNames.Display(d.Instrument))}</td><td>{d.Side}</td>");
            sb.Append($"<td class=\"num\">{Quantity(d.Quantity)}</td><td class=\"num\">{Money(d.EstimatedValue)}</td>");
            sb.Append($"<td>{Esc(d.Gate)}</td><td>{Esc(d.Reason)}</td></tr>\n");
        }
        sb.Append("</tbody></table></div>\n");
        if (denied.Count > MaxRows) sb.Append($"<p class=\"note\">Showing the first {MaxRows} of {Int(denied.Count)} denials.</p>\n");
    }
}
