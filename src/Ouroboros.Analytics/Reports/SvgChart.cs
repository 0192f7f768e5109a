using System.Text;
using static Ouroboros.Analytics.Reports.HtmlText;

namespace Ouroboros.Analytics.Reports;

/// <summary>Renders a time-series chart as inline SVG (no script, no external resource): grid, axes, lines, areas, markers.</summary>
internal static class SvgChart
{
    private const double Width = 1000;
    private const double Left = 72;
    private const double Right = 16;
    private const double Top = 26;
    private const double Bottom = 24;

    public static void Render(StringBuilder sb, ChartSpec spec)
    {
        var (xMin, xMax, yMin, yMax) = Extent(spec);
        if (double.IsInfinity(xMin))
        {
            sb.Append("<p class=\"muted\">No data to chart.</p>\n");
            return;
        }
        var yTicks = AxisScale.ValueTicks(yMin, yMax);
        yMin = yTicks[0];
        yMax = yTicks[^1];
        if (!(xMax > xMin)) (xMin, xMax) = (xMin - TimeSpan.TicksPerDay, xMax + TimeSpan.TicksPerDay);
        double plotH = spec.Height - Top - Bottom, plotW = Width - Left - Right;
        double X(double x) => Left + (x - xMin) / (xMax - xMin) * plotW;
        double Y(double y) => Top + (yMax - y) / (yMax - yMin) * plotH;

        sb.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {spec.Height}\" role=\"img\" aria-label=\"{Esc(spec.Title)}\">\n");
        foreach (var tick in yTicks)
        {
            var y = Coord(Y(tick));
            sb.Append($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            sb.Append($"<text class=\"ylab\" x=\"{Left - 6}\" y=\"{y}\">{Esc(spec.FormatValue(tick))}</text>\n");
        }
        foreach (var (ticks, label) in AxisScale.TimeTicks(xMin, xMax))
        {
            var x = Coord(X(ticks));
            sb.Append($"<line class=\"grid\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top}\" y2=\"{Top + plotH}\"/>");
            var anchor = X(ticks) > Width - Right - 30 ? " style=\"text-anchor:end\"" : string.Empty;
            sb.Append($"<text class=\"xlab\"{anchor} x=\"{x}\" y=\"{Coord(spec.Height - 6)}\">{Esc(label)}</text>\n");
        }
        sb.Append($"<rect class=\"frame\" x=\"{Left}\" y=\"{Top}\" width=\"{Coord(plotW)}\" height=\"{Coord(plotH)}\"/>\n");
        if (spec.IncludeZero && yMin < 0 && yMax > 0)
            sb.Append($"<line class=\"zero\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Coord(Y(0))}\" y2=\"{Coord(Y(0))}\"/>\n");

        foreach (var series in spec.Series)
            RenderSeries(sb, series, X, Y, Math.Clamp(0, yMin, yMax));
        foreach (var marker in spec.Markers ?? [])
            RenderMarker(sb, marker, X(marker.X), Y(marker.Y));
        RenderLegend(sb, spec.Series);
        sb.Append("</svg>\n");
    }

    private static void RenderSeries(StringBuilder sb, ChartSeries s, Func<double, double> x, Func<double, double> y, double baseline)
    {
        if (s.X.Length == 0) return;
        if (s.Area)
        {
            sb.Append($"<path fill=\"{s.Color}\" fill-opacity=\"0.18\" stroke=\"none\" d=\"M{Coord(x(s.X[0]))},{Coord(y(baseline))}");
            for (var i = 0; i < s.X.Length; i++) sb.Append($" L{Coord(x(s.X[i]))},{Coord(y(s.Y[i]))}");
            sb.Append($" L{Coord(x(s.X[^1]))},{Coord(y(baseline))} Z\"/>\n");
        }
        var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
        sb.Append($"<polyline fill=\"none\" stroke=\"{s.Color}\" stroke-width=\"1.6\" stroke-linejoin=\"round\"{dash} points=\"");
        for (var i = 0; i < s.X.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append($"{Coord(x(s.X[i]))},{Coord(y(s.Y[i]))}");
        }
        sb.Append("\"/>\n");
    }

    private static void RenderMarker(StringBuilder sb, ChartMarker m, double x, double y)
    {
        // Buy: apex just under the fill price, pointing up. Sell: apex just over it, pointing down.
        var (apex, bottom) = m.Up ? (y + 2, y + 12) : (y - 2, y - 12);
        sb.Append($"<polygon class=\"marker\" fill=\"{m.Color}\" points=\"{Coord(x)},{Coord(apex)} {Coord(x - 5)},{Coord(bottom)} {Coord(x + 5)},{Coord(bottom)}\">");
        sb.Append($"<title>{Esc(m.Title)}</title></polygon>\n");
    }

    private static void RenderLegend(StringBuilder sb, IReadOnlyList<ChartSeries> series)
    {
        var x = Left;
        foreach (var s in series)
        {
            var dash = s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
            sb.Append($"<line x1=\"{Coord(x)}\" x2=\"{Coord(x + 18)}\" y1=\"12\" y2=\"12\" stroke=\"{s.Color}\" stroke-width=\"2.5\"{dash}/>");
            sb.Append($"<text class=\"legend\" x=\"{Coord(x + 24)}\" y=\"16\">{Esc(s.Name)}</text>\n");
            x += 40 + (s.Name.Length * 7.2);
        }
    }

    private static (double XMin, double XMax, double YMin, double YMax) Extent(ChartSpec spec)
    {
        double xMin = double.PositiveInfinity, xMax = double.NegativeInfinity, yMin = double.PositiveInfinity, yMax = double.NegativeInfinity;
        foreach (var s in spec.Series)
        {
            for (var i = 0; i < s.X.Length; i++)
            {
                xMin = Math.Min(xMin, s.X[i]);
                xMax = Math.Max(xMax, s.X[i]);
                yMin = Math.Min(yMin, s.Y[i]);
                yMax = Math.Max(yMax, s.Y[i]);
            }
        }
        foreach (var m in spec.Markers ?? [])
        {
            yMin = Math.Min(yMin, m.Y);
            yMax = Math.Max(yMax, m.Y);
        }
        if (spec.IncludeZero && !double.IsInfinity(yMin)) (yMin, yMax) = (Math.Min(yMin, 0), Math.Max(yMax, 0));
        return (xMin, xMax, yMin, yMax);
    }
}
