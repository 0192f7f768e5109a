using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Application.Planning;

/// <summary>
/// The days a playbook can be written for from the data given: from the trading day after the first bar (the planner
/// needs at least one earlier bar) to the trading day after the last bar (tomorrow's plan from today's close). A playbook
/// for 2030 built from 2023 bars would be stored as if it were that day's plan; it is refused with the nearest valid days.
/// </summary>
public static class PlanDates
{
    public static void CheckWithinData(DateOnly date, IReadOnlyList<BarSeries> series, MarketCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(calendar);
        var firsts = series.Where(s => s.First is not null).Select(s => DayOf(s.First!.Value)).ToList();
        if (firsts.Count == 0) return;
        var earliest = calendar.NextTradingDay(firsts.Min());
        var lastDay = series.Where(s => s.Last is not null).Max(s => DayOf(s.Last!.Value));
        var latest = calendar.NextTradingDay(lastDay);
        if (date < earliest)
            throw new DataProblemException("date",
                $"«date» {Text(date)} is before the data: its first bar is {Text(firsts.Min())}, so the earliest day it can plan is {Text(earliest)}; pick a later «date»");
        if (date > latest)
            throw new DataProblemException("date",
                $"«date» {Text(date)} is after the data: its last bar is {Text(lastDay)}, so the latest day it can plan is {Text(latest)} (add newer bars to plan later days)");
    }

    private static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
