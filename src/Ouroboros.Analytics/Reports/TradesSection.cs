using System.Text;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using static Ouroboros.Analytics.Reports.HtmlText;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Analytics.Reports;

/// <summary>The closed round trips and the positions still open at the end.</summary>
internal static class TradesSection
{
    /// <summary>At most this many closed trades are listed (the first ones); the counts always cover all of them.</summary>
    public const int MaxRows = 500;

    public static void Render(StringBuilder sb, IReadOnlyList<ClosedTrade> closed, IReadOnlyList<OpenTrade> open, bool intraday)
    {
        sb.Append($"<h2>Trades <span class=\"muted\">({Int(closed.Count)} closed, {Int(open.Count)} open)</span></h2>\n");
        if (closed.Count == 0 && open.Count == 0)
        {
            sb.Append("<p class=\"muted\">No trades.</p>\n");
            return;
        }
        if (closed.Count > 0)
        {
            sb.Append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"num\">#</th><th>Instrument</th><th>Side</th><th>Entry</th>");
            sb.Append("<th class=\"num\">Entry price</th><th>Exit</th><th class=\"num\">Exit price</th><th class=\"num\">Qty</th>");
            sb.Append("<th class=\"num\">Net P&amp;L</th><th class=\"num\">Return</th><th class=\"num\">Fees</th><th class=\"num\">Duration</th></tr></thead><tbody>\n");
            var rows = Math.Min(closed.Count, MaxRows);
            for (var i = 0; i < rows; i++)
            {
                var t = closed[i];
                var pnl = Sign(t.NetPnl);
                sb.Append($"<tr><td class=\"num\">{i + 1}</td><td>{Esc(InstrumentNames.Display(t.Instrument))}</td><td>{Side(t.Direction)}</td>");
                sb.Append($"<td class=\"num\">{Date(t.EntryTime, intraday)}</td><td class=\"num\">{Price(t.EntryPrice)}</td>");
                sb.Append($"<td class=\"num\">{Date(t.ExitTime, intraday)}</td><td class=\"num\">{Price(t.ExitPrice)}</td>");
                sb.Append($"<td class=\"num\">{Quantity(t.Quantity)}</td><td class=\"num {pnl}\">{Money(t.NetPnl)}</td>");
                sb.Append($"<td class=\"num {pnl}\">{Pct((double)t.ReturnPct)}</td><td class=\"num\">{Money(t.Fees)}</td>");
                sb.Append($"<td class=\"num\">{Duration(t.Duration)}</td></tr>\n");
            }
            sb.Append("</tbody></table></div>\n");
            if (closed.Count > rows) sb.Append($"<p class=\"note\">Showing the first {Int(rows)} of {Int(closed.Count)} closed trades; all are in the run store.</p>\n");
        }
        if (open.Count > 0)
        {
            sb.Append("<h3>Open at the end</h3>\n<table>\n<thead><tr><th>Instrument</th><th>Side</th><th>Entry</th><th class=\"num\">Entry price</th>");
            sb.Append("<th class=\"num\">Mark</th><th class=\"num\">Qty</th><th class=\"num\">Unrealised P&amp;L</th><th class=\"num\">Fees paid</th></tr></thead><tbody>\n");
            foreach (var t in open.Take(MaxRows))
            {
                sb.Append($"<tr><td>{Esc(InstrumentNames.Display(t.Instrument))}</td><td>{Side(t.Direction)}</td><td class=\"num\">{Date(t.EntryTime, intraday)}</td>");
                sb.Append($"<td class=\"num\">{Price(t.EntryPrice)}</td><td class=\"num\">{Price(t.MarkPrice)}</td><td class=\"num\">{Quantity(t.Quantity)}</td>");
                sb.Append($"<td class=\"num {Sign(t.UnrealizedPnl)}\">{Money(t.UnrealizedPnl)}</td><td class=\"num\">{Money(t.FeesPaid)}</td></tr>\n");
            }
            sb.Append("</tbody></table>\n");
        }
    }

    private static string Side(OrderSide direction) => direction == OrderSide.Buy ? "Long" : "Short";
}
