using System.Globalization;

namespace Ouroboros.Fakes.Kis;

/// <summary>Daily bars rolled up into weeks, months or years (KIS period codes D, W, M, Y).</summary>
internal static class FakeKisBars
{
    /// <summary>Oldest first in, oldest first out; each rolled-up bar is dated by its last day.</summary>
    public static IReadOnlyList<FakeKisBar> Period(IReadOnlyList<FakeKisBar> daily, string period) => period.ToUpperInvariant() switch
    {
        "W" => Roll(daily, b => ISOWeek.GetYear(b.Time) * 100 + ISOWeek.GetWeekOfYear(b.Time)),
        "M" => Roll(daily, b => b.Time.Year * 100 + b.Time.Month),
        "Y" => Roll(daily, b => b.Time.Year),
        _ => daily,
    };

    public static string Date(DateTime time) => time.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateTime? ParseDate(string text) =>
        DateTime.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static List<FakeKisBar> Roll(IReadOnlyList<FakeKisBar> daily, Func<FakeKisBar, int> key) =>
        daily.GroupBy(key)
            .Select(g => new FakeKisBar(g.Last().Time, g.First().Open, g.Max(b => b.High), g.Min(b => b.Low), g.Last().Close, g.Sum(b => b.Volume)))
            .ToList();
}
