using System.Globalization;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Scheduling;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The daily cycle of a replayed session: each job between two replayed moments runs, then is marked in the journal,
/// so a crash between the two runs it again after the restart (its effects are notifications and hooks that tolerate
/// a repeat) and a crash after marking never runs it twice: jobs the journal already holds are skipped, so a restart
/// may ask again for the jobs around the slice it resumes after without doubling any. Rescans, daily sessions and realtime cycles are counted and
/// journaled only when the feed has bars finer than a day: on daily bars the day's decisions happen when its bar closes.
/// </summary>
public sealed class AgentCycle(IReadOnlyList<MarketCalendar> calendars, DailyCycleOptions options, ISessionJournal journal, ICrashPoints crash,
    Action<Notification>? notify, bool intradayFeed, IDailyReviewHook? review = null, IPlaybookStore? playbooks = null) : IAgentCycle
{
    private static readonly TimeSpan Lookahead = TimeSpan.FromDays(8);
    private HashSet<string>? _marked;
    private (DateTimeOffset After, DateTimeOffset? Next)? _next;

    public DateTimeOffset? NextJobAfter(DateTimeOffset time)
    {
        // Asked every poll of a live session: the answer holds until its job is due.
        if (_next is { } cached && cached.After <= time && (cached.Next is null ? time < cached.After + Lookahead / 2 : time < cached.Next)) return cached.Next;
        var next = DailyCycleSchedule.JobsBetween(calendars, time, time + Lookahead, options)
            .Where(j => intradayFeed || j.Kind is not (AgentJobKind.Rescan or AgentJobKind.RealtimeCycle or AgentJobKind.DailySession))
            .Select(j => (DateTimeOffset?)j.At).FirstOrDefault();
        _next = (time, next);
        return next;
    }

    public async Task<IReadOnlyList<ScheduledJob>> RunJobsAsync(DateTimeOffset fromExclusive, DateTimeOffset toInclusive, AgentStatus status, CancellationToken cancellationToken)
    {
        var ran = new List<ScheduledJob>();
        foreach (var job in DailyCycleSchedule.JobsBetween(calendars, fromExclusive, toInclusive, options))
        {
            if (!intradayFeed && job.Kind is AgentJobKind.Rescan or AgentJobKind.RealtimeCycle or AgentJobKind.DailySession)
            {
                continue;
            }
            var marked = _marked ??= await MarkedAsync(cancellationToken).ConfigureAwait(false);
            if (marked.Contains(job.Key)) continue;
            var outcome = await RunAsync(job, status, cancellationToken).ConfigureAwait(false);
            crash.Hit(CrashPointNames.JobBeforeMark);
            await journal.TryMarkJobAsync(job.ToRecord(job.At, outcome), CancellationToken.None).ConfigureAwait(false);
            marked.Add(job.Key);
            ran.Add(job);
            crash.Hit(CrashPointNames.JobAfterMark);
        }
        return ran;
    }

    private async Task<HashSet<string>> MarkedAsync(CancellationToken cancellationToken)
    {
        var jobs = await journal.JobsAsync(cancellationToken).ConfigureAwait(false);
        return jobs.Select(j => string.Create(CultureInfo.InvariantCulture, $"{j.Market}/{j.TradingDate:yyyy-MM-dd}/{j.Kind}/{j.Sequence}"))
            .ToHashSet(StringComparer.Ordinal);
    }

    private async Task<string?> RunAsync(ScheduledJob job, AgentStatus status, CancellationToken cancellationToken)
    {
        switch (job.Kind)
        {
            case AgentJobKind.PreMarket:
                crash.Hit(CrashPointNames.PreMarketBeforePlaybook);
                return "playbook planned with the session's first slice";
            case AgentJobKind.SessionOpen:
                Tell(job, NotificationKind.MarketOpen, $"{job.Market} open for {job.TradingDate:yyyy-MM-dd}; state {status.TradingState}, equity {Money(status.Equity)}");
                return "open";
            case AgentJobKind.SessionClose:
                Tell(job, NotificationKind.MarketClose, $"{job.Market} closed {job.TradingDate:yyyy-MM-dd}; equity {Money(status.Equity)}, day P&L {(status.DayPnl is { } pnl ? Money(pnl) : "n/a")}, {status.WorkingOrders} working orders");
                return "closed";
            case AgentJobKind.PostMarket:
                crash.Hit(CrashPointNames.PostMarketBeforeReview);
                if (review is not null) await review.ReviewAsync(job.Market, job.TradingDate, cancellationToken).ConfigureAwait(false);
                crash.Hit(CrashPointNames.PostMarketAfterReview);
                await TellPlaybookAsync(job, cancellationToken).ConfigureAwait(false);
                return review is null ? "end-of-day marks checkpointed; no review hook" : "reviewed";
            default:
                return null;
        }
    }

    /// <summary>The day's playbook as the planner left it: generated, or a fallback with the reason.</summary>
    private async Task TellPlaybookAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (playbooks is null || await playbooks.GetAsync(job.Market, job.TradingDate, cancellationToken).ConfigureAwait(false) is not { } p) return;
        if (p.Status == "fallback")
            notify?.Invoke(new Notification(job.At, NotificationKind.PlaybookFallback, NotificationSeverity.Warning,
                $"{job.Market} {job.TradingDate:yyyy-MM-dd}: a {p.Origin} playbook stood in ({p.Problem ?? "no reason given"})", job.Market));
        else
            notify?.Invoke(new Notification(job.At, NotificationKind.PlaybookGenerated, NotificationSeverity.Info,
                $"{job.Market} {job.TradingDate:yyyy-MM-dd}: {p.Status} {p.Origin} playbook, {p.ScenarioCount} scenarios", job.Market));
    }

    private void Tell(ScheduledJob job, NotificationKind kind, string message) =>
        notify?.Invoke(new Notification(job.At, kind, NotificationSeverity.Info, message, job.Market));

    private static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
