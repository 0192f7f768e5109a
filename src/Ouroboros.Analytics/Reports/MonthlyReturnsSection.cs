using System.Globalization;
using System.Text;
using Ouroboros.Analytics.Statistics;
using static Ouroboros.Analytics.Reports.HtmlText;

namespace Ouroboros.Analytics.Reports;

/// <summary>Heatmap of monthly returns: one row per year, a column per month and the year's total.</summary>
internal static class MonthlyReturnsSection
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static void Render(StringBuilder sb, PerformanceStatistics s)
    {
        sb.Append("<h2>Monthly returns</h2>\n");
        if (s.MonthlyReturns.Count == 0)
        {
            sb.Append("<p class=\"muted\">No data.</p>\n");
            return;
        }
        var byMonth = s.MonthlyReturns.ToDictionary(m => (m.Year, m.Month), m => m.Return);
        var byYear = s.YearlyReturns.ToDictionary(y => y.Year, y => y.Return);
        var scale = Math.Max(0.01, s.MonthlyReturns.Max(m => Math.Abs(m.Return ?? 0)));
        var yearScale = Math.Max(0.01, s.YearlyReturns.Max(y => Math.Abs(y.Return ?? 0)));

        sb.Append("<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th>Year</th>");
        foreach (var name in MonthNames) sb.Append($"<th class=\"num\">{name}</th>");
        sb.Append("<th class=\"num\">Year</th></tr></thead><tbody>\n");
        var years = s.MonthlyReturns.Select(m => m.Year).Distinct().Order();
        foreach (var year in years)
        {
            sb.Append($"<tr><th>{year.ToString(CultureInfo.InvariantCulture)}</th>");
            for (var month = 1; month <= 12; month++)
            {
                if (byMonth.TryGetValue((year, month), out var r)) Cell(sb, r, scale, string.Empty);
                else sb.Append("<td class=\"num\"></td>");
            }
            Cell(sb, byYear.GetValueOrDefault(year), yearScale, " total");
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody></table></div>\n<p class=\"note\">Month-end equity over the previous month-end (the first month from the initial cash); UTC calendar.</p>\n");
    }

    /// <summary>A cell tinted green (gain) or red (loss), stronger with the size of the return relative to the largest one.</summary>
    private static void Cell(StringBuilder sb, double? r, double scale, string extraClass)
    {
        if (r is not { } v)
        {
            sb.Append($"<td class=\"num{extraClass}\">{Missing}</td>");
            return;
        }
        var alpha = (0.08 + (0.62 * Math.Min(1, Math.Abs(v) / scale))).ToString("0.00", CultureInfo.InvariantCulture);
        var rgb = v >= 0 ? "26,127,55" : "207,34,46";
        sb.Append($"<td class=\"num{extraClass}\" style=\"background:rgba({rgb},{alpha})\">{Pct(v, 1)}</td>");
    }
}
