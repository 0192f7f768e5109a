using Ouroboros.Domain.Calendars;
using Ouroboros.TestKit;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>
/// The rule-derived holiday years checked against the bundled daily data: on every weekday that some bundled series
/// covers, the market is open exactly when at least one series has a bar.
/// </summary>
public sealed class BundledDataCalendarTests
{
    // Weekdays where the bundled data and the calendar disagree for a reason other than the calendar. Keep this short;
    // each entry says why.
    private static readonly Dictionary<DateOnly, string> KrxExceptions = new()
    {
    };

    private static readonly Dictionary<DateOnly, string> UsExceptions = new()
    {
    };

    [Fact]
    public void Every_krx_weekday_in_the_bundled_data_is_open_exactly_when_some_series_has_a_bar()
    {
        var files = Directory.GetFiles(RepoPaths.Data("kr"), "krx-*-daily.csv")
            .Append(RepoPaths.Data("calendar-check", "krx-069500-daily-with-nav-2025-2026.csv"));
        Mismatches(MarketCalendars.Krx, files, KrxExceptions).ShouldBeEmpty();
    }

    [Fact]
    public void Every_us_weekday_in_the_bundled_data_is_open_exactly_when_some_series_has_a_bar() =>
        Mismatches(MarketCalendars.Nyse, Directory.GetFiles(RepoPaths.Data("us"), "yahoo-*-daily.csv"), UsExceptions).ShouldBeEmpty();

    [Fact]
    public void The_bundled_krx_data_reaches_back_into_the_rule_derived_years()
    {
        var krx = MarketCalendars.Krx;
        krx.HolidayCoverageStart.ShouldBe(new DateOnly(1990, 1, 1));
        krx.HasHolidayData(new DateOnly(2002, 10, 14)).ShouldBeTrue();
        krx.HolidayOn(new DateOnly(2023, 9, 28))!.IsProvisional.ShouldBeTrue();
    }

    private static List<string> Mismatches(MarketCalendar calendar, IEnumerable<string> files, Dictionary<DateOnly, string> exceptions)
    {
        var traded = new HashSet<DateOnly>();
        var spans = new List<(DateOnly From, DateOnly To)>();
        foreach (var file in files)
        {
            var dates = File.ReadLines(file).Skip(1).Where(l => l.Length >= 10).Select(l => DateOnly.Parse(l[..10], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            traded.UnionWith(dates);
            spans.Add((dates.Min(), dates.Max()));
        }
        var problems = new List<string>();
        for (var d = spans.Min(s => s.From); d <= spans.Max(s => s.To); d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || !spans.Any(s => d >= s.From && d <= s.To)) continue;
            var open = calendar.IsTradingDay(d);
            if (open == traded.Contains(d) || exceptions.ContainsKey(d)) continue;
            problems.Add(open ? $"{d:yyyy-MM-dd} {d.DayOfWeek}: no bars but the calendar is open"
                : $"{d:yyyy-MM-dd} {d.DayOfWeek}: bars but the calendar says {calendar.HolidayName(d)}");
        }
        return problems;
    }
}
