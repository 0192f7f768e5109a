using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Scheduling;

/// <summary>
/// The catch-up rule for jobs whose time passed while the agent was down (or asleep): a job more than
/// <see cref="Grace"/> late is missed. Of the missed jobs, per market:
/// <list type="bullet">
/// <item>the last PreMarket and the last SessionOpen run only if their day's session has not closed yet;</item>
/// <item>the last SessionClose and the last PostMarket always run (they belong to the current or the previous trading
/// day: no close lies between the last one and now);</item>
/// <item>Rescans, DailySessions and RealtimeCycles never run late, nor do older once-a-day jobs.</item>
/// </list>
/// Jobs at most <see cref="Grace"/> late run as usual.
/// </summary>
public static class MissedJobPolicy
{
    /// <summary>How late a job may run and still count as on time (timers fire late; a restart takes a moment).</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <param name="due">Jobs with a time at or before <paramref name="now"/>, in <see cref="ScheduledJobOrder"/>.</param>
    public static MissedJobSelection Select(IReadOnlyList<ScheduledJob> due, DateTimeOffset now, IReadOnlyList<MarketCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(calendars);
        var latest = new Dictionary<(string Market, AgentJobKind Kind), ScheduledJob>();
        foreach (var job in due)
        {
            if (IsMissed(job, now) && IsOnceADay(job.Kind)
                && (!latest.TryGetValue((job.Market, job.Kind), out var seen) || ScheduledJobOrder.Compare(job, seen) > 0))
                latest[(job.Market, job.Kind)] = job;
        }

        var run = new List<ScheduledJob>();
        var skipped = new List<ScheduledJob>();
        foreach (var job in due)
        {
            var keep = !IsMissed(job, now) || (latest.GetValueOrDefault((job.Market, job.Kind)) == job && job.Kind switch
            {
                AgentJobKind.PreMarket or AgentJobKind.SessionOpen => CloseOf(job, calendars) > now,
                AgentJobKind.SessionClose or AgentJobKind.PostMarket => true,
                _ => false,
            });
            (keep ? run : skipped).Add(job);
        }
        return new MissedJobSelection(run, skipped);
    }

    public static bool IsMissed(ScheduledJob job, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(job);
        return now - job.At > Grace;
    }

    private static bool IsOnceADay(AgentJobKind kind) =>
        kind is AgentJobKind.PreMarket or AgentJobKind.SessionOpen or AgentJobKind.SessionClose or AgentJobKind.PostMarket;

    private static DateTimeOffset CloseOf(ScheduledJob job, IReadOnlyList<MarketCalendar> calendars)
    {
        foreach (var calendar in calendars)
        {
            if (calendar.Market == job.Market && calendar.ScheduleFor(job.TradingDate) is { } day) return day.Close;
        }
        return DateTimeOffset.MinValue;
    }
}
