namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>
/// KRX closures of the years before the published tables (1990–2023), derived from the public-holiday rules of each
/// year; every entry is provisional (docs/calendars.md). One-off closures come from <see cref="KrxPastClosures"/>.
/// </summary>
internal static class KrxHolidayRules
{
    // 관공서의 공휴일에 관한 규정 as amended over the years (https://www.law.go.kr, 연혁):
    //   New Year 1/1–1/2 until 1998, 1/1 from 1999; Armed Forces Day 10/1 and Hangul Day 10/9 dropped from 1991,
    //   Hangul Day back from 2013; Arbor Day 4/5 dropped from 2006; Constitution Day 7/17 dropped from 2008.
    //   Substitute holidays: Seollal, Chuseok (a Sunday or another holiday) and Children's Day (a weekend or another
    //   holiday) from 2014; Independence Movement, Liberation, National Foundation and Hangul Days from 2021-08-04;
    //   Buddha's Birthday and Christmas from 2023-05-04.
    // KRX also closes on Labour Day (3/10 until 1993, 5/1 from 1994; 근로자의날 제정에 관한 법률) and on the last
    // weekday of the year (year-end closing; before 2001 KRX set several closing days, listed in KrxPastClosures).
    public const int FirstYear = 1990;
    public const int LastYear = 2023;

    public static IEnumerable<MarketHoliday> All() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).SelectMany(ForYear);

    public static IEnumerable<MarketHoliday> ForYear(int year)
    {
        var days = new Dictionary<DateOnly, string>();
        var substituted = new HashSet<DateOnly>();
        void Add(DateOnly d, string name) => days[d] = days.TryGetValue(d, out var other) && other != name ? $"{other} and {name}" : name;
        DateOnly D(int m, int d) => new(year, m, d);

        Add(D(1, 1), "New Year's Day");
        if (year <= 1998) Add(D(1, 2), "New Year holiday");
        var seollal = Around(KoreanLunar.ToGregorian(year, 1, 1));
        foreach (var d in seollal) Add(d, "Seollal");
        Add(D(3, 1), "Independence Movement Day");
        if (year <= 1993) Add(D(3, 10), "Labour Day");
        if (year <= 2005) Add(D(4, 5), "Arbor Day");
        if (year >= 1994) Add(D(5, 1), "Labour Day");
        Add(D(5, 5), "Children's Day");
        var buddha = KoreanLunar.ToGregorian(year, 4, 8);
        Add(buddha, "Buddha's Birthday");
        Add(D(6, 6), "Memorial Day");
        if (year <= 2007) Add(D(7, 17), "Constitution Day");
        Add(D(8, 15), "Liberation Day");
        var chuseok = Around(KoreanLunar.ToGregorian(year, 8, 15));
        foreach (var d in chuseok) Add(d, "Chuseok");
        if (year <= 1990) Add(D(10, 1), "Armed Forces Day");
        Add(D(10, 3), "National Foundation Day");
        if (year <= 1990 || year >= 2013) Add(D(10, 9), "Hangul Day");
        Add(D(12, 25), "Christmas Day");

        if (year >= 2014)
        {
            AddSubstitute(days, substituted, seollal, "Seollal", countSaturday: false);
            AddSubstitute(days, substituted, chuseok, "Chuseok", countSaturday: false);
            AddSubstitute(days, substituted, [D(5, 5)], "Children's Day", countSaturday: true);
        }
        if (year >= 2021)
        {
            foreach (var (d, name) in new[] { (D(3, 1), "Independence Movement Day"), (D(8, 15), "Liberation Day"), (D(10, 3), "National Foundation Day"), (D(10, 9), "Hangul Day") })
                if (d >= new DateOnly(2021, 8, 4)) AddSubstitute(days, substituted, [d], name, countSaturday: true);
        }
        if (year >= 2023)
        {
            if (buddha >= new DateOnly(2023, 5, 4)) AddSubstitute(days, substituted, [buddha], "Buddha's Birthday", countSaturday: true);
            AddSubstitute(days, substituted, [D(12, 25)], "Christmas Day", countSaturday: true);
        }
        if (year >= 2001) Add(LastWeekday(year), "Year-end closing");

        return days.Where(p => IsWeekday(p.Key) && p.Key.Year == year)
            .OrderBy(p => p.Key)
            .Select(p => new MarketHoliday(p.Key, p.Value, IsProvisional: true));
    }

    private static DateOnly[] Around(DateOnly day) => [day.AddDays(-1), day, day.AddDays(1)];

    /// <summary>One substitute, on the first weekday after the holiday that is no holiday itself, when a day of it falls on
    /// a Sunday (or a Saturday, where <paramref name="countSaturday"/>) or shares its date with another holiday.</summary>
    /// <para>Two holidays on one date earn one substitute between them (<paramref name="substituted"/> remembers it).</para>
    private static void AddSubstitute(Dictionary<DateOnly, string> days, HashSet<DateOnly> substituted, DateOnly[] holiday, string name, bool countSaturday)
    {
        var clashes = holiday.Count(d => (d.DayOfWeek == DayOfWeek.Sunday || (countSaturday && d.DayOfWeek == DayOfWeek.Saturday)
            || (days.TryGetValue(d, out var n) && n != name)) && substituted.Add(d));
        for (var i = 0; i < clashes; i++)
        {
            var s = holiday[^1].AddDays(1);
            while (!IsWeekday(s) || days.ContainsKey(s)) s = s.AddDays(1);
            days[s] = $"{name} (substitute)";
        }
    }

    private static DateOnly LastWeekday(int year)
    {
        var d = new DateOnly(year, 12, 31);
        while (!IsWeekday(d)) d = d.AddDays(-1);
        return d;
    }

    private static bool IsWeekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
