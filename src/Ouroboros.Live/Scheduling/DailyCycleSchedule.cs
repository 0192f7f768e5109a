using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Scheduling;

/// <summary>
/// The jobs of each market's trading day, from the market calendars alone (holidays, late opens, half days, lunch
/// breaks and daylight saving all come from <see cref="MarketCalendar"/>). Pure: the same inputs give the same jobs.
/// <para>A day: PreMarket at open − PRE_MARKET_MINUTES; SessionOpen at the open; a Rescan every RESCAN_INTERVAL_SECONDS
/// after the open while the regular session runs (none in a lunch break, none at or after the close); in daily mode
/// DailySession k at open + (k − 1) × SESSION_INTERVAL_HOURS while before the close (one that falls in a lunch break
/// moves to the lunch end); in realtime mode a RealtimeCycle every RealtimeCycleSeconds from the open instead;
/// SessionClose at the close; PostMarket PostMarketDelayMinutes after it.</para>
/// </summary>
public static class DailyCycleSchedule
{
    /// <summary>The day's jobs in <see cref="ScheduledJobOrder"/>; empty when the market does not trade that day.</summary>
    public static IReadOnlyList<ScheduledJob> JobsFor(MarketCalendar calendar, DateOnly tradingDate, DailyCycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var jobs = new List<ScheduledJob>();
        if (calendar.ScheduleFor(tradingDate) is { } day) AddDay(calendar.Market, day, options, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, jobs);
        jobs.Sort(ScheduledJobOrder.Comparer);
        return jobs;
    }

    /// <summary>
    /// Every job of every market with <see cref="ScheduledJob.At"/> in (<paramref name="fromExclusive"/>,
    /// <paramref name="toInclusive"/>], in <see cref="ScheduledJobOrder"/>. A market listed twice counts once.
    /// </summary>
    public static IReadOnlyList<ScheduledJob> JobsBetween(IReadOnlyList<MarketCalendar> calendars, DateTimeOffset fromExclusive,
        DateTimeOffset toInclusive, DailyCycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var jobs = new List<ScheduledJob>();
        if (toInclusive <= fromExclusive) return jobs;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar);
            if (!seen.Add(calendar.Market)) continue;
            // A day's jobs lie within 12 hours (the longest lead or delay) of its local date, so one day either side is enough.
            var last = calendar.LocalDateOf(toInclusive).AddDays(1);
            for (var d = calendar.LocalDateOf(fromExclusive).AddDays(-1); d <= last; d = d.AddDays(1))
            {
                if (calendar.ScheduleFor(d) is { } day) AddDay(calendar.Market, day, options, fromExclusive, toInclusive, jobs);
            }
        }
        jobs.Sort(ScheduledJobOrder.Comparer);
        return jobs;
    }

    private static void AddDay(string market, TradingDaySchedule day, DailyCycleOptions options,
        DateTimeOffset fromExclusive, DateTimeOffset toInclusive, List<ScheduledJob> into)
    {
        void Add(AgentJobKind kind, int sequence, DateTimeOffset at)
        {
            if (at > fromExclusive && at <= toInclusive) into.Add(new ScheduledJob(market, day.Date, kind, sequence, at));
        }

        Add(AgentJobKind.PreMarket, 0, day.Open - options.PreMarketLead);
        Add(AgentJobKind.SessionOpen, 0, day.Open);
        var sequence = 0;
        for (var t = day.Open + options.RescanInterval; t < day.Close; t += options.RescanInterval)
        {
            if (!InLunch(day, t)) Add(AgentJobKind.Rescan, ++sequence, t);
        }
        if (options.TradeMode == TradeMode.Daily)
        {
            var previous = DateTimeOffset.MinValue;
            for (var k = 1; k <= options.DailySessions; k++)
            {
                var t = day.Open + options.SessionInterval * (k - 1);
                if (InLunch(day, t)) t = day.LunchEnd!.Value;
                if (t >= day.Close) break;
                if (t <= previous) continue;
                Add(AgentJobKind.DailySession, k, t);
                previous = t;
            }
        }
        else
        {
            sequence = 0;
            for (var t = day.Open; t < day.Close; t += options.RealtimeCycle)
            {
                if (!InLunch(day, t)) Add(AgentJobKind.RealtimeCycle, ++sequence, t);
            }
        }
        Add(AgentJobKind.SessionClose, 0, day.Close);
        Add(AgentJobKind.PostMarket, 0, day.Close + options.PostMarketDelay);
    }

    private static bool InLunch(TradingDaySchedule day, DateTimeOffset t) =>
        day.LunchStart is { } start && day.LunchEnd is { } end && t >= start && t < end;
}
