using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Orders;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Orders;
using Ouroboros.Live.Replay;

namespace Ouroboros.Live.Agent;

/// <summary>
/// Runs an agent session with the paper broker, on a market replay (<c>AgentRuntime.Replay.cs</c>) or a live feed
/// (<c>AgentRuntime.Live.cs</c>): the one kernel reads a channel inbox that the feed, the operator poller and the timers
/// write into. A restart re-runs the slices its journal already holds, from the
/// same data with the same decisions (the kernel is deterministic and client order ids come from the session and the
/// order's place in it), writing nothing that is already there, re-applying journaled operator commands where they
/// were applied, and only then goes on: so a session killed at any moment and restarted ends exactly as one never
/// killed. The kernel runs on the data's time (as in a backtest, which is why the two agree trade for trade); the
/// machine's clock paces the replay, runs a live session's jobs and stamps heartbeats.
/// </summary>
public sealed partial class AgentRuntime(ILoggerFactory? loggers = null)
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly ILogger _log = (loggers ?? NullLoggerFactory.Instance).CreateLogger<AgentRuntime>();

    public async Task<AgentRunOutcome> RunAsync(AgentRunSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var started = Stopwatch.GetTimestamp();
        var series = spec.Series;
        if (series.Count == 0) throw new ArgumentException("An agent needs at least one instrument.", nameof(spec));
        if (spec.Live is null && series.Any(s => s.Count == 0)) throw new ArgumentException("A replay needs bars for every instrument.", nameof(spec));
        var instruments = series.Select(s => s.Instrument).ToArray();
        var interval = series[0].Interval;
        // The kernel's clock is the data's: the first bar's time, or (live, no history) the session's first live slice
        // (the machine's time before there is one), so a restart's re-run starts where the first run did.
        var clock = new SimulatedTimeProvider(series.Any(s => s.Count > 0)
            ? series.Where(s => s.Count > 0).Min(s => s.First!.Value)
            : spec.JournaledInputs.Where(i => i.Kind == MarketInputs.SliceKind).Select(i => i.Time).DefaultIfEmpty(spec.WallClock.GetUtcNow()).Min());
        if (spec.Broker is not null && spec.Live is null) throw new ArgumentException("A broker outside the process needs a live feed.", nameof(spec));
        var journaledOrders = await spec.Journal.OrdersAsync(cancellationToken).ConfigureAwait(false);
        var journaledFills = (await spec.Journal.FillsAsync(cancellationToken).ConfigureAwait(false)).Select(f => f.Id).ToHashSet();
        var orderJournal = new AgentOrderJournal(spec.Journal, journaledOrders);
        var queue = new LiveInputQueue();
        SimulatedBroker? paper = null;
        IBroker broker;
        if (spec.Broker is { } external)
        {
            broker = new ExternalBrokerGateway(external, journaledOrders.ToDictionary(o => o.Request.Id), queue.PostExecution);
        }
        else
        {
            paper = new SimulatedBroker(instruments, spec.VenueModels, spec.FillPolicy, interval, clock);
            paper.OpenAccount(spec.InitialCash);
            broker = paper;
        }
        var progress = new KernelProgress("slices");
        var adoptions = new KernelProgress("broker-state adoptions");
        var reports = new KernelProgress("broker reports");
        var recorder = new SessionRecorder(spec.Journal, orderJournal, spec.CrashPoints, spec.Notify, _log, progress, adoptions, reports, spec.ResumeAfterSlices, journaledFills,
            spec.InitialCash, spec.WallClock);
        var brokerAccount = spec.Broker?.Account ?? paper!;
        var account = spec.BrokerAccountView?.Invoke(brokerAccount) ?? brokerAccount;
        var reconciliation = new AgentReconciliation(account, recorder, spec.Notify, spec.WallClock, spec.ReconcileInterval, spec.CrashPoints,
            _loggers.CreateLogger<Reconciliation.ReconciliationLoop>(), reportsInFlight: spec.Broker is not null);
        var setup = new KernelSetup(instruments, spec.VenueModels, spec.Strategy, broker, spec.Risk, spec.Sizing, instruments[0].Currency,
            spec.InitialCash, clock, orderJournal)
        {
            Calendar = spec.Calendar,
            DailyBars = !interval.IsIntraday,
            Exits = spec.Exits,
            // Live: the history only warms the strategies up; trading starts with the feed's first slice.
            TradeFrom = spec.TradeFrom ?? (spec.Live is not null && series.Any(s => s.Count > 0) ? series.Where(s => s.Count > 0).Max(s => s.Last!.Value) + TimeSpan.FromTicks(1) : null),
            Venue = paper,
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

        var feed = new AgentFeedState(spec, recorder, inbox, progress, kernelTask, started, reconciliation, adoptions, queue, reports);
        string? stopReason = null;
        var status = AgentSessionStatus.Finished;
        try
        {
            LoadInputs(feed);
            (status, stopReason) = spec.Live is { } live
                ? await FeedLiveAsync(feed, live, cancellationToken).ConfigureAwait(false)
                : await FeedReplayAsync(feed, cancellationToken).ConfigureAwait(false);
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

    /// <summary>New operator commands are journaled with their place in the stream before the kernel hears of them.</summary>
    private static async Task PollOperatorsAsync(AgentFeedState feed, long afterSlices, CancellationToken cancellationToken)
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
    private static async Task PostInputAsync(AgentFeedState feed, long afterSlices, KernelMessage message)
    {
        await feed.Spec.Journal.AppendInputAsync(MarketInputs.ToInput(feed.NextInputSequence++, afterSlices, message, feed.Instruments), CancellationToken.None)
            .ConfigureAwait(false);
        feed.Spec.CrashPoints.Hit(CrashPointNames.OperatorBeforeApply);
        Post(feed.Inbox, message);
    }

    private static async Task<bool> HeartbeatAsync(AgentFeedState feed, bool force, CancellationToken cancellationToken)
    {
        var spec = feed.Spec;
        if (spec.Heartbeat is not { } heartbeat) return true;
        var now = spec.WallClock.GetTimestamp();
        if (!force && feed.LastHeartbeat is { } last && spec.WallClock.GetElapsedTime(last, now) < TimeSpan.FromSeconds(1)) return true;
        feed.LastHeartbeat = now;
        return await heartbeat(feed.Status(), cancellationToken).ConfigureAwait(false);
    }
}
