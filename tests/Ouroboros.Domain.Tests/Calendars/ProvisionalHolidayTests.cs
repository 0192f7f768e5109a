using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>
/// The 2027 KRX, Chinese and Vietnamese closures were not yet published; they are derived from the statutory rules.
/// These tests pin exactly which entries are provisional and re-derive them from the lunar calendar and the rules,
/// and check that the same rules reproduce the published years.
/// </summary>
public sealed class ProvisionalHolidayTests
{
    [Fact]
    public void Only_the_unpublished_2027_lists_and_the_rule_derived_past_years_are_provisional()
    {
        foreach (var calendar in MarketCalendars.All)
        {
            var years = calendar.Holidays.Where(h => h.IsProvisional).Select(h => h.Date.Year).Distinct().ToList();
            var published = calendar.Holidays.Where(h => !h.IsProvisional).Select(h => h.Date.Year).Distinct().ToList();
            string[] unpublished = ["KRX", "SSE", "SZSE", "HNX", "HOSE"];
            if (calendar.Market == "KRX")
            {
                years.ShouldBe([.. Enumerable.Range(1990, 34), 2027], calendar.Market);
                published.ShouldBe([2024, 2025, 2026], calendar.Market);
            }
            else if (calendar.Country == "US")
            {
                years.ShouldBe(Enumerable.Range(1993, 31), calendar.Market);
                published.ShouldBe([2024, 2025, 2026, 2027], calendar.Market);
            }
            else if (unpublished.Contains(calendar.Market))
            {
                years.ShouldBe([2027], calendar.Market);
                calendar.Holidays.Where(h => h.Date.Year == 2027).ShouldAllBe(h => h.IsProvisional);
            }
            else
            {
                years.ShouldBeEmpty(calendar.Market);
            }
        }
    }

    [Fact]
    public void China_2027_follows_the_statutory_days_and_the_2024_to_2026_pattern() =>
        Closures("SSE", 2027).ShouldBe(ChineseRule(2027, qingming: At.Date("2027-04-05")));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_chinese_spring_festival_rule_reproduces_the_published_years(int year)
    {
        var eve = Lunar.China(year, 1, 1).AddDays(-1);
        var published = Closures("SSE", year).Where(d => d >= eve && d <= eve.AddDays(10));
        published.ShouldBe(Weekdays(eve, Lunar.China(year, 1, 7)));
    }

    [Fact]
    public void Vietnam_2027_follows_the_labour_code_and_the_usual_substitution() =>
        Closures("HOSE", 2027).ShouldBe(VietnamRule(2027));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void The_tet_substitution_rule_reproduces_the_published_years(int year)
    {
        var tet = TetDays(year);
        Closures("HNX", year).Where(d => d.Month <= 2 && d != new DateOnly(year, 1, 1)).ShouldBe(tet);
    }

    [Fact]
    public void Krx_2027_lunar_holidays_come_from_the_korean_lunar_calendar()
    {
        var krx = MarketCalendars.Krx;
        Lunar.Korea(2027, 1, 1).ShouldBe(At.Date("2027-02-07"));
        krx.IsTradingDay(Lunar.Korea(2027, 1, 2)).ShouldBeFalse();
        krx.HolidayName(Lunar.Korea(2027, 4, 8)).ShouldBe("Buddha's Birthday");
        foreach (var d in new[] { Lunar.Korea(2027, 8, 14), Lunar.Korea(2027, 8, 15), Lunar.Korea(2027, 8, 16) })
            krx.HolidayName(d).ShouldBe("Chuseok");
    }

    private static List<DateOnly> Closures(string market, int year) =>
        [.. MarketCalendars.Get(market).Holidays.Where(h => h.Date.Year == year).Select(h => h.Date)];

    private static List<DateOnly> ChineseRule(int year, DateOnly qingming)
    {
        var days = new SortedSet<DateOnly>(Weekdays(new DateOnly(year, 1, 1), new DateOnly(year, 1, 1)));
        days.UnionWith(Weekdays(Lunar.China(year, 1, 1).AddDays(-1), Lunar.China(year, 1, 7)));
        days.UnionWith(Weekdays(qingming, qingming));
        days.UnionWith(Weekdays(new DateOnly(year, 5, 1), new DateOnly(year, 5, 5)));
        days.UnionWith(Weekdays(Lunar.China(year, 5, 5), Lunar.China(year, 5, 5)));
        days.UnionWith(Weekdays(Lunar.China(year, 8, 15), Lunar.China(year, 8, 15)));
        days.UnionWith(Weekdays(new DateOnly(year, 10, 1), new DateOnly(year, 10, 7)));
        return [.. days];
    }

    private static List<DateOnly> VietnamRule(int year)
    {
        var days = new SortedSet<DateOnly>(TetDays(year)) { Substitute(new DateOnly(year, 1, 1)), Substitute(Lunar.China(year, 3, 10)), Substitute(new DateOnly(year, 4, 30)) };
        days.Add(Substitute(new DateOnly(year, 5, 1)));
        var nationalDay = new DateOnly(year, 9, 2);
        days.Add(nationalDay);
        days.Add(nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1));
        return [.. days];
    }

    /// <summary>Eve to the 4th day of Tet; a Saturday moves to the working day before, a Sunday to the next free working day.</summary>
    private static List<DateOnly> TetDays(int year)
    {
        var lunarNewYear = Lunar.China(year, 1, 1);
        var days = Enumerable.Range(-1, 5).Select(lunarNewYear.AddDays).ToList();
        var result = new SortedSet<DateOnly>(days.Where(IsWeekday));
        foreach (var d in days.Where(d => d.DayOfWeek == DayOfWeek.Saturday))
        {
            var before = d.AddDays(-1);
            while (!IsWeekday(before) || result.Contains(before)) before = before.AddDays(-1);
            result.Add(before);
        }
        foreach (var d in days.Where(d => d.DayOfWeek == DayOfWeek.Sunday))
        {
            var after = d.AddDays(1);
            while (!IsWeekday(after) || result.Contains(after)) after = after.AddDays(1);
            result.Add(after);
        }
        return [.. result];
    }

    private static DateOnly Substitute(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(2),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };

    private static IEnumerable<DateOnly> Weekdays(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
            if (IsWeekday(d)) yield return d;
    }

    private static bool IsWeekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
