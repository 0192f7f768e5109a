using Ouroboros.Core.Faults;
using Ouroboros.Core.Inbox;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>What every slice goes through, from a replay or a live feed: its day, the inputs journaled before it, the
/// operator and broker checks before a trading slice, delivery to the kernel and the checkpoint after it.</summary>
public sealed partial class AgentRuntime
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static void LoadInputs(AgentFeedState feed)
    {
        var inputs = feed.Spec.JournaledInputs.OrderBy(i => i.Sequence).ToList();
        feed.Inputs = inputs;
        feed.NextInputSequence = inputs.Count == 0 ? 1 : inputs[^1].Sequence + 1;
        foreach (var report in inputs.Select(ExecutionInputs.ToReport).OfType<ExecutionReport>()) feed.ReportKeys.Add(ExecutionInputs.Key(report));
        // Only commands from the store count for the next poll: the agent's own (entry blocks, cancels on exit, a feed's
        // marks) are stamped with the feed's time, not the store's.
        feed.LastOperatorTime = inputs.Select(OperatorInputs.ToCommand)
            .Where(c => c is KillCommand or HaltCommand or ResumeCommand).Select(c => (DateTimeOffset?)c!.Time).LastOrDefault();
    }

    /// <summary>
    /// Counts a new trading day (the day starts from the last close's equity); false when the session's day limit is
    /// reached and <paramref name="slice"/> must not be delivered.
    /// </summary>
    private static bool StartDay(AgentFeedState feed, ReplaySlice slice)
    {
        if (slice.TradingDate == feed.LastDate) return true;
        if (feed.Spec.TradingDays is { } days && feed.TradingDays >= days) return false;
        feed.TradingDays++;
        feed.LastDate = slice.TradingDate;
        feed.Recorder.DayStartEquity = feed.Recorder.Equity;
        return true;
    }

    /// <summary>
    /// Journaled inputs go in at their place, also past the last checkpoint: one journaled after it (the crash came
    /// before it was applied) is not polled again, since the source only returns commands newer than the journal's.
    /// </summary>
    private static void ReapplyInputsBefore(AgentFeedState feed, long sliceNumber)
    {
        while (feed.NextInput < feed.Inputs.Count && feed.Inputs[feed.NextInput].AfterSlices < sliceNumber)
        {
            if (MarketInputs.ToMessage(feed.Inputs[feed.NextInput], feed.Index) is { } message)
            {
                Post(feed.Inbox, message);
                if (message is BlockEntriesCommand block) feed.Reconciliation.KernelWasTold(block.Blocked);
                if (message is AdoptBrokerStateCommand) feed.AdoptionsPosted++;
                if (message is ExecutionReport) feed.ReportsPosted++;
            }
            feed.NextInput++;
        }
    }

    private static void Post(ChannelInbox inbox, KernelMessage message)
    {
        switch (message)
        {
            case PartialBarsCommand partial:
                inbox.Post(partial);
                break;
            case OperatorCommand command:
                inbox.Post(command);
                break;
            case ExecutionReport report:
                inbox.Post(report);
                break;
            default:
                throw new ArgumentException($"{message.GetType().Name} cannot be posted as an input", nameof(message));
        }
    }

    /// <summary>After a restart: how long it took from the start to the first slice that trades.</summary>
    private static void MarkTrading(AgentFeedState feed)
    {
        if (feed.RestartToTrading is null && feed.Spec.ResumeAfterSlices > 0)
            feed.RestartToTrading = System.Diagnostics.Stopwatch.GetElapsedTime(feed.Started);
    }

    /// <summary>Operators polled, the broker reconciled when due and the lease renewed; false when the lease was lost.</summary>
    private static async Task<bool> BeforeTradingSliceAsync(AgentFeedState feed, long afterSlices, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await PollOperatorsAsync(feed, afterSlices, cancellationToken).ConfigureAwait(false);
        // Reconciled before the first order of this run (after a restart's re-run) and then every interval, each time on
        // an account that holds every adoption posted so far (a restart may just have re-posted one).
        await feed.Adoptions.WaitForAsync(feed.AdoptionsPosted, feed.Kernel, CancellationToken.None).ConfigureAwait(false);
        await feed.Reports.WaitForAsync(feed.ReportsPosted, feed.Kernel, CancellationToken.None).ConfigureAwait(false);
        // A broker outside the process is not re-run with the journal: its account is today's, so it is compared only
        // once the kernel has heard everything journaled, never with the past a re-run passes through.
        if (feed.Spec.Broker is not null && !feed.CaughtUp) return await HeartbeatAsync(feed, force: false, cancellationToken).ConfigureAwait(false);
        var changes = await feed.Reconciliation.ReconcileIfDueAsync(at, now: !feed.Reconciled, cancellationToken).ConfigureAwait(false);
        feed.Reconciled = true;
        foreach (var change in changes)
        {
            await PostInputAsync(feed, afterSlices, change).ConfigureAwait(false);
            if (change is AdoptBrokerStateCommand) feed.AdoptionsPosted++;
        }
        return await HeartbeatAsync(feed, force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The slice's bars to the kernel, then its close; returns when the kernel is done with it and its checkpoint is durable.</summary>
    private static async Task DeliverAsync(AgentFeedState feed, ReplaySlice slice, DateTimeOffset publish)
    {
        feed.ReplayTime = publish;
        foreach (var (instrument, bar) in slice.Bars) feed.Inbox.PostBar(instrument, in bar);
        feed.Inbox.CloseSlice(slice.Time);
        await feed.Progress.WaitForAsync(slice.Number, feed.Kernel, CancellationToken.None).ConfigureAwait(false);
        await feed.Recorder.CheckpointedAsync().ConfigureAwait(false);
        feed.Slice = slice.Number;
        feed.LastBarTime = slice.Time;
        feed.LastPublish = publish;
    }

    private static bool IsRecovering(AgentFeedState feed, ReplaySlice slice, ICrashPoints crash)
    {
        var recovering = slice.Number <= feed.Spec.ResumeAfterSlices;
        if (recovering && slice.Number == Math.Max(1, feed.Spec.ResumeAfterSlices / 2)) crash.Hit(CrashPointNames.RecoveryMidReplay);
        return recovering;
    }
}
