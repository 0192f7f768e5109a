using Ouroboros.Core.Agent;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>The replay: stored bars published as if live, paced by the machine's clock, with the daily cycle's jobs between them.</summary>
public sealed partial class AgentRuntime
{
    private static async Task<(AgentSessionStatus, string?)> FeedReplayAsync(AgentFeedState feed, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        var interval = spec.Series[0].Interval;
        feed.SlicesTotal = ReplaySlices.Count(spec.Series);
        foreach (var slice in ReplaySlices.Of(spec.Series, spec.Calendar))
        {
            if (cancellationToken.IsCancellationRequested) return (AgentSessionStatus.Stopped, "stopped by the operator");
            if (spec.Until is { } until && slice.TradingDate > until) return (AgentSessionStatus.Finished, $"reached the until date {until:yyyy-MM-dd}");
            if (!StartDay(feed, slice)) return (AgentSessionStatus.Finished, $"traded {spec.TradingDays} days");
            var publish = PublishTimes.Of(slice.Time, interval, slice.TradingDate, spec.Calendar);
            ReapplyInputsBefore(feed, slice.Number);
            var recovering = IsRecovering(feed, slice, spec.CrashPoints);
            if (!recovering)
            {
                MarkTrading(feed);
                if (!await PaceAsync(feed, publish, cancellationToken).ConfigureAwait(false)) return (AgentSessionStatus.Stopped, "stopped by the operator");
                // Jobs due before the bars are published run first; those at the very moment (a daily bar's close) after them.
                if (spec.Cycle is { } cycle)
                    await cycle.RunJobsAsync(feed.LastPublish ?? publish - TimeSpan.FromDays(1), publish - Tick, feed.Status(), cancellationToken).ConfigureAwait(false);
                if (!await BeforeTradingSliceAsync(feed, slice.Number - 1, publish, cancellationToken).ConfigureAwait(false))
                    return (AgentSessionStatus.Stopped, "the account's lease was taken over by another agent");
            }
            await DeliverAsync(feed, slice, publish).ConfigureAwait(false);
            // The last re-run slice runs its jobs too: a crash after its checkpoint but before its jobs (a daily bar's
            // close) would otherwise lose them, as the next slice asks only for the jobs after this one; those done are skipped.
            if ((!recovering || slice.Number == spec.ResumeAfterSlices) && spec.Cycle is { } atPublish)
                await atPublish.RunJobsAsync(publish - Tick, publish, feed.Status(), cancellationToken).ConfigureAwait(false);
        }
        // Jobs of the last day (its close and post-market) run before the session ends.
        // Also after a restart that had nothing left to re-run: the crash may have come among these jobs (those done are skipped).
        if (spec.Cycle is { } last && feed.LastPublish is { } end)
            await last.RunJobsAsync(end, end + TimeSpan.FromHours(1), feed.Status(), cancellationToken).ConfigureAwait(false);
        return (AgentSessionStatus.Finished, "the replay reached the end of its data");
    }

    /// <summary>Waits (wall clock) for the replayed time to reach <paramref name="publish"/>, polling operators meanwhile.</summary>
    private static async Task<bool> PaceAsync(AgentFeedState feed, DateTimeOffset publish, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        if (spec.Speed.IsMax || feed.LastPublish is not { } previous) return true;
        var wait = spec.Speed.RealWaitFor(publish - previous);
        var until = spec.WallClock.GetTimestamp() + (long)(wait.TotalSeconds * spec.WallClock.TimestampFrequency);
        while (true)
        {
            var left = spec.WallClock.GetElapsedTime(spec.WallClock.GetTimestamp(), until);
            if (left <= TimeSpan.Zero) return true;
            try
            {
                await Task.Delay(left < spec.PollInterval ? left : spec.PollInterval, spec.WallClock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            await PollOperatorsAsync(feed, feed.Slice, cancellationToken).ConfigureAwait(false);
            await HeartbeatAsync(feed, force: false, cancellationToken).ConfigureAwait(false);
        }
    }

}
