using System.Text;
using Ouroboros.Analytics.Statistics;
using static Ouroboros.Analytics.Reports.HtmlText;

namespace Ouroboros.Analytics.Reports;

/// <summary>Title, data, period, parameters and the risk-gates banner.</summary>
internal static class HeaderSection
{
    public static void Render(StringBuilder sb, RunInfo run, PerformanceStatistics s, StatisticsInput data)
    {
        var intraday = data.Interval.IsIntraday;
        sb.Append("<header>\n");
        sb.Append($"<h1>{Esc(run.Strategy)} <span class=\"muted\">· {Esc(run.Mode)} report</span></h1>\n");
        sb.Append($"<div class=\"meta\">Data: <b>{Esc(run.Data)}</b> · interval {Esc(data.Interval.ToString())}</div>\n");
        sb.Append($"<div class=\"meta\">Period: <span class=\"num\">{Date(s.Start, intraday)} → {Date(s.End, intraday)}</span>");
        sb.Append($" · <span class=\"num\">{Int(s.Bars)}</span> bars · initial cash <span class=\"num\">{Money(s.InitialCash)}</span></div>\n");
        if (run.RunId is not null || run.CreatedAt is not null)
        {
            sb.Append("<div class=\"meta\">");
            if (run.RunId is not null) sb.Append($"Run <span class=\"num\">{Esc(run.RunId)}</span> ");
            if (run.CreatedAt is { } created) sb.Append($"· created {Date(created, true)} UTC");
            sb.Append("</div>\n");
        }
        if (run.Parameters.Count > 0)
        {
            sb.Append("<div class=\"params\">");
            foreach (var (key, value) in run.Parameters)
                sb.Append($"<span class=\"chip\">{Esc(key)}={Esc(value)}</span>");
            sb.Append("</div>\n");
        }
        sb.Append(run.RiskEnabled
            ? "<div class=\"banner risk-on\">Risk gates: ON</div>\n"
            : "<div class=\"banner risk-off\">⚠ Risk gates: OFF (risk switched off for research) — orders were not checked by the risk engine</div>\n");
        sb.Append("</header>\n");
    }
}
