using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Orders;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Orders;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>
/// Runs an agent session on a market replay with the paper broker: the one kernel reads a channel inbox that the replay
/// feed, the operator poller and the timers write into. A restart re-runs the slices its journal already holds, from the
/// same data with the same decisions (the kernel is deterministic and client order ids come from the session and the
/// order's place in it), writing nothing that is already there, re-applying journaled operator commands where they
/// were applied, and only then goes on: so a session killed at any moment and restarted ends exactly as one never
/// killed. The kernel runs on the data's time (as in a backtest, which is why the two agree trade for trade); the
/// machine's clock paces the replay and stamps heartbeats.
/// </summary>
public sealed class AgentRuntime(ILoggerFactory? loggers = null)
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly ILogger _log = (loggers ?? NullLoggerFactory.Instance).CreateLogger<AgentRuntime>();

    public async Task<AgentRunOutcome> RunAsync(AgentRunSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var started = Stopwatch.GetTimestamp();
        var series = spec.Series;
        if (series.Count == 0 || series.Any(s => s.Count == 0)) throw new ArgumentException("A replay needs bars for every instrument.", nameof(spec));
        var instruments = series.Select(s => s.Instrument).ToArray();
        var interval = series[0].Interval;
        var clock = new SimulatedTimeProvider(series.Min(s => s.First!.Value));
        var broker = new SimulatedBroker(instruments, spec.VenueModels, spec.FillPolicy, interval, clock);
        var journaledOrders = await spec.Journal.OrdersAsync(cancellationToken).ConfigureAwait(false);
        var journaledFills = (await spec.Journal.FillsAsync(cancellationToken).ConfigureAwait(false)).Select(f => f.Id).ToHashSet();
        var orderJournal = new AgentOrderJournal(spec.Journal, journaledOrders);
        broker.OpenAccount(spec.InitialCash);
        var progress = new SliceProgress();
        var adoptions = new AppliedAdoptions();
        var recorder = new SessionRecorder(spec.Journal, orderJournal, spec.CrashPoints, spec.Notify, _log, progress, adoptions, spec.ResumeAfterSlices, journaledFills,
            spec.InitialCash, spec.WallClock);
        var account = spec.BrokerAccountView?.Invoke(broker) ?? broker;
        var reconciliation = new AgentReconciliation(account, recorder, spec.Notify, spec.WallClock, spec.ReconcileInterval, spec.CrashPoints,
            _loggers.CreateLogger<Reconciliation.ReconciliationLoop>());
        var setup = new KernelSetup(instruments, spec.VenueModels, spec.Strategy, broker, spec.Risk, spec.Sizing, instruments[0].Currency,
            spec.InitialCash, clock, orderJournal)
        {
            Calendar = spec.Calendar,
            DailyBars = !interval.IsIntraday,
            Exits = spec.Exits,
            TradeFrom = spec.TradeFrom,
            Venue = broker,
            Sinks = [recorder],
            OrderIds = ClientOrderIdGenerator.ForSession(spec.OrderIdPrefix),
            CrashPoints = spec.CrashPoints,
        };
        var kernel = new TradingKernel(setup);
        var inbox = new ChannelInbox();
        using var stopKernel = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None);
        var kernelTask = Task.Run(() => kernel.RunAsync(inbox, done =>
        {
            recorder.OnSliceClosed(done);
            progress.Report(done);
        }, stopKernel.Token), CancellationToken.None);

        var feed = new FeedState(spec, recorder, inbox, progress, kernelTask, started) { Reconciliation = reconciliation, Adoptions = adoptions };
        string? stopReason = null;
        var status = AgentSessionStatus.Finished;
        try
        {
            (status, stopReason) = await FeedAsync(feed, cancellationToken).ConfigureAwait(false);
            if (status == AgentSessionStatus.Stopped && spec.CancelOnExit && recorder.WorkingOrders > 0)
            {
                await PostInputAsync(feed, feed.Slice, new CancelWorkingOrdersCommand("agent", "Run:CancelOnExit: the agent stopped", feed.LastBarTime ?? default))
                    .ConfigureAwait(false);
                stopReason += "; working orders cancelled (Run:CancelOnExit)";
            }
        }
        finally
        {
            inbox.Complete();
        }
        var summary = await kernelTask.ConfigureAwait(false);
        spec.CrashPoints.Hit(CrashPointNames.ShutdownBeforeFlush);
        await recorder.CheckpointedAsync().ConfigureAwait(false);
        if (spec.Heartbeat is { } heartbeat) await heartbeat(feed.Status(), CancellationToken.None).ConfigureAwait(false);
        Log.AgentRunEnded(_log, status, feed.Slice, orderJournal.Skipped);
        return new AgentRunOutcome(status, summary, feed.Slice, Math.Min(spec.ResumeAfterSlices, feed.Slice), feed.TradingDays, feed.RestartToTrading,
            orderJournal.Skipped, stopReason);
    }

    private async Task<(AgentSessionStatus, string?)> FeedAsync(FeedState feed, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        var inputs = spec.JournaledInputs.OrderBy(i => i.Sequence).ToList();
        feed.NextInputSequence = inputs.Count == 0 ? 1 : inputs[^1].Sequence + 1;
        // Only commands from the store count for the next poll: the agent's own (entry blocks, cancels on exit) are
        // stamped with the replay's time, not the store's.
        feed.LastOperatorTime = inputs.Select(OperatorInputs.ToCommand)
            .Where(c => c is KillCommand or HaltCommand or ResumeCommand).Select(c => (DateTimeOffset?)c!.Time).LastOrDefault();
        var nextInput = 0;
        DateOnly? lastDate = null;
        var interval = spec.Series[0].Interval;
        feed.SlicesTotal = ReplaySlices.Count(spec.Series);
        foreach (var slice in ReplaySlices.Of(spec.Series, spec.Calendar))
        {
            if (cancellationToken.IsCancellationRequested) return (AgentSessionStatus.Stopped, "stopped by the operator");
            if (spec.Until is { } until && slice.TradingDate > until) return (AgentSessionStatus.Finished, $"reached the until date {until:yyyy-MM-dd}");
            if (slice.TradingDate != lastDate)
            {
                if (spec.TradingDays is { } days && feed.TradingDays >= days) return (AgentSessionStatus.Finished, $"traded {days} days");
                feed.TradingDays++;
                lastDate = slice.TradingDate;
                // The day starts from the last close's equity (the initial cash before the first).
                feed.Recorder.DayStartEquity = feed.Recorder.Equity;
            }
            var publish = PublishTimes.Of(slice.Time, interval, slice.TradingDate, spec.Calendar);
            // Journaled inputs go in at their place, also past the last checkpoint: one journaled after it (the crash came
            // before it was applied) is not polled again, since the source only returns commands newer than the journal's.
            while (nextInput < inputs.Count && inputs[nextInput].AfterSlices < slice.Number)
            {
                if (OperatorInputs.ToCommand(inputs[nextInput]) is { } command)
                {
                    feed.Inbox.Post(command);
                    if (command is BlockEntriesCommand block) feed.Reconciliation!.KernelWasTold(block.Blocked);
                    if (command is AdoptBrokerStateCommand) feed.AdoptionsPosted++;
                }
                nextInput++;
            }
            var recovering = slice.Number <= spec.ResumeAfterSlices;
            if (recovering)
            {
                if (slice.Number == Math.Max(1, spec.ResumeAfterSlices / 2)) spec.CrashPoints.Hit(CrashPointNames.RecoveryMidReplay);
            }
            else
            {
                if (feed.RestartToTrading is null && spec.ResumeAfterSlices > 0)
                    feed.RestartToTrading = Stopwatch.GetElapsedTime(feed.Started);
                if (!await PaceAsync(feed, publish, cancellationToken).ConfigureAwait(false)) return (AgentSessionStatus.Stopped, "stopped by the operator");
                // Jobs due before the bars are published run first; those at the very moment (a daily bar's close) after them.
                if (spec.Cycle is { } cycle)
                    await cycle.RunJobsAsync(feed.LastPublish ?? publish - TimeSpan.FromDays(1), publish - Tick, feed.Status(), cancellationToken).ConfigureAwait(false);
                await PollOperatorsAsync(feed, slice.Number - 1, cancellationToken).ConfigureAwait(false);
                // Reconciled before the first order of this run (after a restart's re-run) and then every interval, each
                // time on an account that holds every adoption posted so far (a restart may just have re-posted one).
                await feed.Adoptions!.WaitForAsync(feed.AdoptionsPosted, feed.Kernel).ConfigureAwait(false);
                var changes = await feed.Reconciliation!.ReconcileIfDueAsync(publish, now: !feed.Reconciled, cancellationToken).ConfigureAwait(false);
                feed.Reconciled = true;
                foreach (var change in changes)
                {
                    await PostInputAsync(feed, slice.Number - 1, change).ConfigureAwait(false);
                    if (change is AdoptBrokerStateCommand) feed.AdoptionsPosted++;
                }
                if (!await HeartbeatAsync(feed, force: false, cancellationToken).ConfigureAwait(false))
                    return (AgentSessionStatus.Stopped, "the account's lease was taken over by another agent");
            }
            feed.ReplayTime = publish;
            foreach (var (instrument, bar) in slice.Bars) feed.Inbox.PostBar(instrument, in bar);
            feed.Inbox.CloseSlice(slice.Time);
            await feed.Progress.WaitForAsync(slice.Number, feed.Kernel, CancellationToken.None).ConfigureAwait(false);
            await feed.Recorder.CheckpointedAsync().ConfigureAwait(false);
            feed.Slice = slice.Number;
            feed.LastBarTime = slice.Time;
            feed.LastPublish = publish;
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
    private static async Task<bool> PaceAsync(FeedState feed, DateTimeOffset publish, CancellationToken cancellationToken)
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

    /// <summary>New operator commands are journaled with their place in the stream before the kernel hears of them.</summary>
    private static async Task PollOperatorsAsync(FeedState feed, long afterSlices, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        if (spec.Operators is not { } operators) return;
        var now = spec.WallClock.GetTimestamp();
        if (feed.LastPoll is { } last && spec.WallClock.GetElapsedTime(last, now) < spec.PollInterval) return;
        feed.LastPoll = now;
        IReadOnlyList<OperatorCommand> commands;
        try
        {
            commands = await operators.PollAsync(feed.LastOperatorTime, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        foreach (var command in commands)
        {
            await PostInputAsync(feed, afterSlices, command).ConfigureAwait(false);
            feed.LastOperatorTime = command.Time;
        }
    }

    /// <summary>An input that changes decisions is journaled with its place in the stream before the kernel hears of it.</summary>
    private static async Task PostInputAsync(FeedState feed, long afterSlices, OperatorCommand command)
    {
        await feed.Spec.Journal.AppendInputAsync(OperatorInputs.ToInput(feed.NextInputSequence++, afterSlices, command), CancellationToken.None).ConfigureAwait(false);
        feed.Spec.CrashPoints.Hit(CrashPointNames.OperatorBeforeApply);
        feed.Inbox.Post(command);
    }

    private static async Task<bool> HeartbeatAsync(FeedState feed, bool force, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        if (spec.Heartbeat is not { } heartbeat) return true;
        var now = spec.WallClock.GetTimestamp();
        if (!force && feed.LastHeartbeat is { } last && spec.WallClock.GetElapsedTime(last, now) < TimeSpan.FromSeconds(1)) return true;
        feed.LastHeartbeat = now;
        return await heartbeat(feed.Status(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The feed loop's state, shared by its helpers (one thread: the feed's).</summary>
    private sealed class FeedState(AgentRunSpec spec, SessionRecorder recorder, ChannelInbox inbox, SliceProgress progress, Task kernel, long started)
    {
        public AgentRunSpec Spec { get; } = spec;
        public SessionRecorder Recorder { get; } = recorder;
        public ChannelInbox Inbox { get; } = inbox;
        public SliceProgress Progress { get; } = progress;
        public Task Kernel { get; } = kernel;
        public long Started { get; } = started;
        public long Slice { get; set; }
        public long SlicesTotal { get; set; }
        public int TradingDays { get; set; }
        public DateTimeOffset? LastPublish { get; set; }
        public DateTimeOffset? ReplayTime { get; set; }
        public DateTimeOffset? LastBarTime { get; set; }
        public DateTimeOffset? LastOperatorTime { get; set; }
        public long NextInputSequence { get; set; }
        public long? LastPoll { get; set; }
        public long? LastHeartbeat { get; set; }
        public TimeSpan? RestartToTrading { get; set; }
        public AgentReconciliation? Reconciliation { get; init; }
        public AppliedAdoptions? Adoptions { get; init; }

        /// <summary>Broker-state adoptions put into the inbox by this run (journaled ones re-posted included).</summary>
        public long AdoptionsPosted { get; set; }
        public bool Reconciled { get; set; }

        public AgentStatus Status() => new(Slice, SlicesTotal, LastBarTime, ReplayTime, Recorder.TradingState, Recorder.WorkingOrders,
            new Dictionary<string, decimal>(Recorder.Positions, StringComparer.Ordinal), Recorder.Equity, Recorder.Cash,
            Recorder.DayStartEquity is { } start ? Recorder.Equity - start : null, TradingDays, Slice < Spec.ResumeAfterSlices);
    }
}
