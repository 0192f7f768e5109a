using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Scheduling;

/// <summary>
/// Runs each market's daily cycle (<see cref="DailyCycleSchedule"/>) on a <see cref="TimeProvider"/>: it waits on the
/// provider's timers until the next job is due, asks the journal whether the job already ran, and runs the rest one at
/// a time in <see cref="ScheduledJobOrder"/>. Every job is considered once: the loop walks a cursor forward over
/// (cursor, now] and never looks back. Jobs that were due while the agent was down follow <see cref="MissedJobPolicy"/>.
/// </summary>
public sealed class JobScheduler
{
    /// <summary>How far back a restart looks for missed jobs at most (longer than any market's closure).</summary>
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(16);

    // The longest single wait; the loop then looks again, so a long timer never has to be exact.
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);
    private const int SearchDays = 400;

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public JobScheduler(TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Runs until <paramref name="ct"/> is cancelled, then returns. Jobs at or before <paramref name="resumeAfter"/>
    /// count as handled; jobs after it that are already due when the loop starts are missed jobs (see
    /// <see cref="MissedJobPolicy"/>). <paramref name="alreadyDone"/> is asked right before a job would run (the agent
    /// passes its journal's <c>TryMarkJobAsync</c>, negated); a job it answers true for is skipped. A job that throws is
    /// logged and the loop goes on; an exception from <paramref name="alreadyDone"/> ends the loop (the job cannot be
    /// known to run once).
    /// </summary>
    public async Task RunAsync(IReadOnlyList<MarketCalendar> calendars, DailyCycleOptions options, DateTimeOffset resumeAfter,
        Func<ScheduledJob, CancellationToken, Task<bool>> alreadyDone, Func<ScheduledJob, CancellationToken, Task> run,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(alreadyDone);
        ArgumentNullException.ThrowIfNull(run);
        if (calendars.Count == 0) throw new ArgumentException("at least one market calendar is needed", nameof(calendars));
        options.ThrowIfInvalid();

        var start = _time.GetUtcNow();
        var cursor = resumeAfter < start - Lookback ? start - Lookback : resumeAfter;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var now = _time.GetUtcNow();
                if (now > cursor)
                {
                    var due = DailyCycleSchedule.JobsBetween(calendars, cursor, now, options);
                    cursor = now;
                    if (due.Count > 0)
                    {
                        await RunDueAsync(calendars, due, now, alreadyDone, run, ct).ConfigureAwait(false);
                        continue;
                    }
                }
                if (NextJobTime(calendars, cursor, options) is not { } next)
                {
                    SchedulerLog.NothingAhead(_logger, string.Join(", ", calendars.Select(c => c.Market)), SearchDays);
                    return;
                }
                var wait = next - _time.GetUtcNow();
                if (wait > MaxWait) wait = MaxWait;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping is the normal end of the loop.
        }
    }

    private async Task RunDueAsync(IReadOnlyList<MarketCalendar> calendars, IReadOnlyList<ScheduledJob> due, DateTimeOffset now,
        Func<ScheduledJob, CancellationToken, Task<bool>> alreadyDone, Func<ScheduledJob, CancellationToken, Task> run,
        CancellationToken ct)
    {
        var selection = MissedJobPolicy.Select(due, now, calendars);
        if (selection.Skipped.Count > 0)
        {
            var kinds = string.Join(", ", selection.Skipped.GroupBy(j => j.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
            SchedulerLog.SkippedMissed(_logger, selection.Skipped.Count, kinds, selection.Skipped[0].At, selection.Skipped[^1].At);
        }
        foreach (var job in selection.Run)
        {
            ct.ThrowIfCancellationRequested();
            if (await alreadyDone(job, ct).ConfigureAwait(false)) continue;
            if (MissedJobPolicy.IsMissed(job, now)) SchedulerLog.CatchingUp(_logger, job.Key, job.At);
            try
            {
                await run(job, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                SchedulerLog.JobFailed(_logger, e, job.Key);
            }
        }
    }

    private static DateTimeOffset? NextJobTime(IReadOnlyList<MarketCalendar> calendars, DateTimeOffset after, DailyCycleOptions options)
    {
        var from = after;
        for (var i = 0; i < SearchDays; i++)
        {
            var to = from.AddDays(1);
            var jobs = DailyCycleSchedule.JobsBetween(calendars, from, to, options);
            if (jobs.Count > 0) return jobs[0].At;
            from = to;
        }
        return null;
    }
}
