namespace Ouroboros.Domain.Calendars;

/// <summary>Refuses inconsistent calendar tables at start-up, so a typo in a date cannot silently open a closed market.</summary>
internal static class CalendarDataCheck
{
    public static void ThrowIfInvalid(string market, IReadOnlyList<MarketHoliday> holidays, IReadOnlyList<SpecialSession> specials)
    {
        var problems = new List<string>();
        foreach (var h in holidays)
        {
            if (IsWeekend(h.Date)) problems.Add($"holiday {h.Date:yyyy-MM-dd} ({h.Name}) is on a weekend; list only weekday closures");
        }
        var closed = holidays.Select(h => h.Date).ToHashSet();
        foreach (var s in specials)
        {
            if (IsWeekend(s.Date) || closed.Contains(s.Date)) problems.Add($"special session {s.Date:yyyy-MM-dd} ({s.Reason}) is not a trading day");
            var h = s.Hours;
            if (h.Close <= h.Open) problems.Add($"special session {s.Date:yyyy-MM-dd} closes before it opens");
        }
        if (problems.Count > 0)
            throw new InvalidOperationException($"{market} calendar data is inconsistent: {string.Join("; ", problems)}");
    }

    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
