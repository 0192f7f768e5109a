using System.Globalization;

namespace Ouroboros.Analytics.Reports;

/// <summary>"Nice" axis ticks: values at 1, 2, 2.5 or 5 × 10^k; dates at year, month, day or hour boundaries.</summary>
internal static class AxisScale
{
    /// <summary>Tick values covering [min, max]; the first and last tick are the axis bounds.</summary>
    public static double[] ValueTicks(double min, double max, int target = 5)
    {
        if (!(max > min))
        {
            var pad = Math.Abs(min) * 0.01 + 1e-9;
            (min, max) = (min - pad, max + pad);
        }
        var step = NiceStep((max - min) / target);
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var count = (int)Math.Round((last - first) / step) + 1;
        var ticks = new double[count];
        for (var i = 0; i < count; i++) ticks[i] = first + i * step;
        return ticks;
    }

    /// <summary>Calendar ticks (UTC ticks) inside [from, to] with their labels, about <paramref name="target"/> of them.</summary>
    public static IReadOnlyList<(double Ticks, string Label)> TimeTicks(double from, double to, int target = 8)
    {
        var result = new List<(double, string)>();
        if (!(to > from)) return result;
        var start = new DateTime((long)from, DateTimeKind.Utc);
        var span = TimeSpan.FromTicks((long)(to - from));
        Func<DateTime, DateTime> next;
        string format;
        DateTime t;
        if (span.TotalDays > 730)
        {
            var step = (int)Math.Ceiling(span.TotalDays / 365.25 / target);
            t = new DateTime(start.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            next = d => d.AddYears(step);
            format = "yyyy";
        }
        else if (span.TotalDays > 60)
        {
            var months = span.TotalDays / 30.44;
            var step = new[] { 1, 2, 3, 6, 12 }.First(s => months / s <= target);
            t = new DateTime(start.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            next = d => d.AddMonths(step);
            format = "yyyy-MM";
        }
        else if (span.TotalDays > 2)
        {
            var step = (int)Math.Ceiling(span.TotalDays / target);
            t = start.Date;
            next = d => d.AddDays(step);
            format = "yyyy-MM-dd";
        }
        else
        {
            var step = new[] { 1, 2, 3, 6, 12, 24 }.First(s => span.TotalHours / s <= target);
            t = start.Date;
            next = d => d.AddHours(step);
            format = "MM-dd HH:mm";
        }
        for (; t.Ticks <= to; t = next(t))
        {
            if (t.Ticks >= from) result.Add((t.Ticks, t.ToString(format, CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
