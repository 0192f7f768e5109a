using System.Globalization;
using System.Net;
using System.Text;
using Ouroboros.Core.Journal;

namespace Ouroboros.Web.Api;

/// <summary>
/// A stored run as a self-contained HTML page (no script, no outside asset): its metrics, trades and risk decisions.
/// Every value is HTML-encoded; names and reasons come from data files and models.
/// </summary>
public static class RunReportPage
{
    public static string Render(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var s = run.Summary;
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Run ").Append(E(s.Id.Value)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style></head><body>")
            .Append("<h1>Run ").Append(E(s.Id.Value)).Append("</h1><p>").Append(E(s.Kind)).Append(", strategy ").Append(E(s.Strategy)).Append(", data ").Append(E(s.DataSources))
            .Append(", ").Append(E(Time(s.From))).Append(" to ").Append(E(Time(s.To))).Append(s.RiskEnabled ? "" : ". <strong>Risk engine off (research only)</strong>").Append("</p>");
        html.Append("<h2>Metrics</h2><table>");
        foreach (var (name, value) in s.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            html.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "n/a").Append("</td></tr>");
        html.Append("</table><h2>Trades (").Append(run.Trades.Count).Append(")</h2><table><tr><th>instrument</th><th>direction</th><th>entry</th><th>entry price</th><th>exit</th><th>exit price</th><th>quantity</th><th>net P&amp;L</th></tr>");
        foreach (var t in run.Trades)
            Row(html, t.Instrument.Value, t.Direction.ToString(), Time(t.EntryTime), Num(t.EntryPrice), Time(t.ExitTime), Num(t.ExitPrice), Num(t.Quantity), Num(t.NetPnl));
        html.Append("</table><h2>Risk decisions (").Append(run.RiskDecisions.Count).Append(")</h2><table><tr><th>time</th><th>instrument</th><th>side</th><th>quantity</th><th>verdict</th><th>gate</th></tr>");
        foreach (var d in run.RiskDecisions)
            Row(html, Time(d.Time), d.Instrument.Value, d.Side.ToString(), Num(d.Quantity), d.Approved ? "approved" : "denied", d.Gate ?? "");
        return html.Append("</table></body></html>").ToString();
    }

    private static void Row(StringBuilder html, params string[] cells)
    {
        html.Append("<tr>");
        foreach (var c in cells) html.Append("<td>").Append(E(c)).Append("</td>");
        html.Append("</tr>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-";
}
