using Ouroboros.Core.Agent;
using System.Globalization;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Primitives;
using Ouroboros.Core.Inbox;
using Ouroboros.Live.Feeds;
using Ouroboros.Live.Scheduling;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The live feed: the warm-up history and the live slices earlier runs journaled are re-run first, as fast as the
/// kernel goes; then the feed's events become slices (<see cref="LiveBarPipeline"/>) and staleness marks
/// (<see cref="FeedStalenessMonitor"/>), each journaled before the kernel hears of it, so that a restart re-runs exactly
/// what the kernel heard and the paper broker's account comes back with it. The daily cycle's jobs run on the machine's clock.
/// </summary>
public sealed partial class AgentRuntime
{
    private async Task<(AgentSessionStatus, string?)> FeedLiveAsync(AgentFeedState feed, AgentLiveFeed live, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        var ids = spec.Series.Select(s => s.Instrument.Id).ToArray();
        if (live.Staleness.Count != ids.Length) throw new ArgumentException("One staleness rule per instrument is required.", nameof(live));
        if (live.Pipeline.Interval != spec.Series[0].Interval)
            throw new ArgumentException($"the feed builds {live.Pipeline.Interval} bars but the strategy's history is {spec.Series[0].Interval}", nameof(live));
        if (await RerunAsync(feed, cancellationToken).ConfigureAwait(false) is { } ended) return ended;
        // What a restart's re-run heard again from the broker (orders it sent before dying) is journaled at the end of
        // the re-run, where the lost reports would have been, before the account is first compared with the broker's.
        while (feed.Queue.Reader.TryRead(out var recovered)) await PostReportAsync(feed, ((LiveExecutionInput)recovered).Report).ConfigureAwait(false);

        var queue = feed.Queue;
        using var monitor = new FeedStalenessMonitor(ids, live.Staleness, queue, spec.WallClock, n => spec.Notify?.Invoke(n));
        using var pipeline = new LiveBarPipeline(ids, live.Pipeline, queue, spec.WallClock, monitor);
        // Ready before the feed is asked, so nothing it sends finds the pipeline unarmed; jobs count from now, also those
        // due while a refused subscription is asked again.
        var liveSince = spec.WallClock.GetUtcNow();
        monitor.Start();
        pipeline.Start();
        using var stopPump = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = PumpAsync(pipeline, live, queue, stopPump.Token);
        var reports = spec.Broker is { } broker ? PumpReportsAsync(broker, queue, stopPump.Token) : Task.CompletedTask;
        try
        {
            if (!await SubscribeAsync(feed, live, ids, cancellationToken).ConfigureAwait(false)) return (AgentSessionStatus.Stopped, "stopped by the operator");
            return await TradeLiveAsync(feed, queue, pipeline, liveSince, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Told to stop while a broker's query or a job was under way: what was journaled stands, the session stops.
            return (AgentSessionStatus.Stopped, "stopped by the operator");
        }
        finally
        {
            await stopPump.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(false);
            await reports.ConfigureAwait(false);
            await live.Feed.UnsubscribeAsync(ids, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Warm-up history (never traded), then the journaled live slices; null to go on live, else why the session ended.</summary>
    private static async Task<(AgentSessionStatus, string?)?> RerunAsync(AgentFeedState feed, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        var interval = spec.Series[0].Interval;
        foreach (var slice in ReplaySlices.Of(spec.Series, spec.Calendar))
        {
            ReapplyInputsBefore(feed, slice.Number);
            await DeliverAsync(feed, slice, slice.Time + interval.Length).ConfigureAwait(false);
        }
        var warmUp = feed.Slice;
        foreach (var input in feed.Inputs.Where(i => i.Kind == MarketInputs.SliceKind))
        {
            var slice = MarketInputs.ToSlice(input, feed.Index, !interval.IsIntraday, spec.Calendar);
            if (slice.Number != feed.Slice + 1)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"this session's first live slice followed {input.AfterSlices} slices of warm-up history, but the history has {warmUp} now; start a new session, or give it the history it started with"));
            if (!StartDay(feed, slice)) return (AgentSessionStatus.Finished, $"traded {spec.TradingDays} days");
            ReapplyInputsBefore(feed, slice.Number);
            if (!IsRecovering(feed, slice, spec.CrashPoints))
            {
                // Journaled, but the crash came before its checkpoint: it trades now, as it would have then.
                MarkTrading(feed);
                if (!await BeforeTradingSliceAsync(feed, slice.Number - 1, slice.Time + interval.Length, cancellationToken).ConfigureAwait(false))
                    return (AgentSessionStatus.Stopped, "the account's lease was taken over by another agent");
            }
            await DeliverAsync(feed, slice, slice.Time + interval.Length).ConfigureAwait(false);
        }
        ReapplyInputsBefore(feed, feed.Slice + 1);
        feed.CaughtUp = true;
        MarkTrading(feed);
        return null;
    }

    /// <summary>Asks the feed until it agrees (a refusal is told to the operator and retried, never fatal); false when stopped.</summary>
    private static async Task<bool> SubscribeAsync(AgentFeedState feed, AgentLiveFeed live, IReadOnlyList<InstrumentId> ids, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        while (true)
        {
            var result = await live.Feed.SubscribeAsync(ids, live.Pipeline.Interval, cancellationToken).ConfigureAwait(false);
            if (result.IsSuccess) return true;
            spec.Notify?.Invoke(new Notification(spec.WallClock.GetUtcNow(), NotificationKind.FeedStale, NotificationSeverity.Warning,
                $"the {live.Feed.Name} feed refused the subscription ({result.Error!.Kind}: {result.Error.Message}); asking again in {live.SubscribeRetryDelay.TotalSeconds:0} s"));
            try
            {
                await Task.Delay(live.SubscribeRetryDelay, spec.WallClock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            await HeartbeatAsync(feed, force: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Feed events into the pipeline until the feed closes (then the queue is completed) or the agent stops.</summary>
    private static async Task PumpAsync(LiveBarPipeline pipeline, AgentLiveFeed live, LiveInputQueue queue, CancellationToken stop)
    {
        try
        {
            await pipeline.RunAsync(live.Feed.Events, stop).ConfigureAwait(false);
            queue.Complete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The agent is stopping.
        }
    }

    /// <summary>A broker's report, journaled and posted unless it was heard before (brokers may say one twice).</summary>
    private static async Task PostReportAsync(AgentFeedState feed, ExecutionReport report)
    {
        if (!feed.ReportKeys.Add(ExecutionInputs.Key(report))) return;
        await PostInputAsync(feed, feed.Slice, report).ConfigureAwait(false);
        feed.ReportsPosted++;
    }

    /// <summary>The broker's reports into the queue, behind what the feed produced before them.</summary>
    private static async Task PumpReportsAsync(AgentBroker broker, LiveInputQueue queue, CancellationToken stop)
    {
        try
        {
            await foreach (var report in broker.Reports.ReadAllAsync(stop).ConfigureAwait(false)) queue.PostExecution(report);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The agent is stopping.
        }
    }

    private static async Task<(AgentSessionStatus, string?)> TradeLiveAsync(AgentFeedState feed, LiveInputQueue queue, LiveBarPipeline pipeline,
        DateTimeOffset liveSince, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        var daily = !spec.Series[0].Interval.IsIntraday;
        var jobsDoneTo = liveSince;
        while (true)
        {
            if (cancellationToken.IsCancellationRequested) return (AgentSessionStatus.Stopped, "stopped by the operator");
            var now = spec.WallClock.GetUtcNow();
            if (spec.Until is { } until && ReplaySlices.TradingDateOf(now, dailyBars: false, spec.Calendar) > until)
                return (AgentSessionStatus.Finished, $"reached the until date {until:yyyy-MM-dd}");
            if (spec.Cycle is { } cycle && now > jobsDoneTo)
            {
                var ran = await cycle.RunJobsAsync(jobsDoneTo, now, feed.Status(), cancellationToken).ConfigureAwait(false);
                jobsDoneTo = now;
                // At a rescan strategies see the period so far as partial bars (journaled like any input, for the re-run).
                // They are as of the pipeline's reading of the clock, which may be later than this loop's (the clock moves on
                // while the jobs run), so the rescan is stamped then.
                if (ran.Any(j => j.Kind == AgentJobKind.Rescan) && pipeline.PartialBars() is { Count: > 0 } partial)
                {
                    var asOf = partial.Max(b => b.AsOf);
                    await PostInputAsync(feed, feed.Slice, new PartialBarsCommand(asOf > now ? asOf : now, partial)).ConfigureAwait(false);
                }
            }
            if (!await BeforeTradingSliceAsync(feed, feed.Slice, now, cancellationToken).ConfigureAwait(false))
                return (AgentSessionStatus.Stopped, "the account's lease was taken over by another agent");
            // Wake for the next job on time, not up to a poll interval late.
            var wait = spec.PollInterval;
            if (spec.Cycle?.NextJobAfter(jobsDoneTo) is { } next && next - now < wait) wait = next - now < TimeSpan.Zero ? TimeSpan.Zero : next - now;
            if (!await WaitForInputAsync(feed, queue, wait, cancellationToken).ConfigureAwait(false))
            {
                if (cancellationToken.IsCancellationRequested) return (AgentSessionStatus.Stopped, "stopped by the operator");
                return (AgentSessionStatus.Finished, "the market data feed closed");
            }
            while (queue.Reader.TryRead(out var input))
            {
                if (input is LiveMarkInput mark)
                {
                    await PostInputAsync(feed, feed.Slice, mark.Command).ConfigureAwait(false);
                    continue;
                }
                if (input is LiveExecutionInput execution)
                {
                    await PostReportAsync(feed, execution.Report).ConfigureAwait(false);
                    continue;
                }
                var (time, bars) = (LiveSliceInput)input;
                var slice = new ReplaySlice(feed.Slice + 1, time, ReplaySlices.TradingDateOf(time, daily, spec.Calendar), bars);
                if (!StartDay(feed, slice)) return (AgentSessionStatus.Finished, $"traded {spec.TradingDays} days");
                // Durable before the kernel hears of it: a restart re-runs it, so the kernel and the paper broker come back as they were.
                await spec.Journal.AppendInputAsync(MarketInputs.SliceInput(feed.NextInputSequence++, slice.Number, time, bars, feed.Instruments),
                    CancellationToken.None).ConfigureAwait(false);
                await DeliverAsync(feed, slice, spec.WallClock.GetUtcNow()).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits up to <paramref name="upTo"/> for the feed; false when the feed closed (or the agent stopped).</summary>
    private static async Task<bool> WaitForInputAsync(AgentFeedState feed, LiveInputQueue queue, TimeSpan upTo, CancellationToken cancellationToken)
    {
        if (upTo <= TimeSpan.Zero) return !queue.Reader.Completion.IsCompleted || queue.Reader.TryPeek(out _);
        using var wait = new CancellationTokenSource(upTo, feed.Spec.WallClock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, cancellationToken);
        try
        {
            return await queue.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
