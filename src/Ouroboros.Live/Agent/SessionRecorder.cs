using Ouroboros.Core.Inbox;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sinks;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Core.Kernel;
using Ouroboros.Risk.Events;

namespace Ouroboros.Live.Agent;

/// <summary>
/// The agent's sink: fills and checkpoints into the session journal as they happen, notifications for what operators
/// are told about, and the live status (positions, working orders, equity, trading state). While a restart re-runs
/// slices that are already journaled it writes nothing that is already there and tells nobody.
/// </summary>
internal sealed class SessionRecorder(ISessionJournal journal, AgentOrderJournal orders, ICrashPoints crash, Action<Notification>? notify, ILogger logger,
    KernelProgress progress, KernelProgress adoptions, KernelProgress reports, long resumeAfterSlices, IReadOnlySet<FillId> journaledFills, decimal initialCash, TimeProvider wallClock)
    : IKernelSink
{
    private readonly Dictionary<string, decimal> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<InstrumentId, decimal> _positionsById = [];
    private readonly Dictionary<ClientOrderId, LocalOrderState> _working = [];
    private readonly HashSet<FillId> _fills = [.. journaledFills];
    private AgentCheckpoint? _due;
    private Task? _checkpoint;

    /// <summary>
    /// Slices the kernel has closed, warm-up included: the numbering of the replay, which a restart resumes by. While a
    /// slice is open this is the number of the one before it (the kernel reports each slice once it is closed).
    /// </summary>
    public long SlicesDone => progress.Done;

    /// <summary>The open slice (or the commands after the last closed one) was done by an earlier run.</summary>
    public bool Recovering => SlicesDone < resumeAfterSlices;
    // Before the first slice the account is its initial cash (not 0: the first market-open notice and heartbeat said "equity 0").
    public decimal Equity { get; private set; } = initialCash;
    public decimal Cash { get; private set; } = initialCash;
    public decimal? DayStartEquity { get; set; }
    public DateTimeOffset? LastSliceTime { get; private set; }
    public string TradingState { get; private set; } = "ACTIVE";
    public int Denials { get; private set; }
    public int WorkingOrders => _working.Count;
    public IReadOnlyDictionary<string, decimal> Positions => _positions;

    public void OnOrderCreated(Order order, DateTimeOffset time) => Track(order);

    public void OnOrderChanged(Order order, DateTimeOffset time)
    {
        Track(order);
        if (Recovering) return;
        if (order.Status == OrderStatus.Rejected)
            Tell(NotificationKind.OrderRejected, NotificationSeverity.Warning, $"{order.Request.Side} {order.Request.Quantity} {order.Request.Instrument} rejected: {order.Reason}", order);
        else if (order.Status == OrderStatus.DeniedByRisk)
            Tell(order.Reason?.StartsWith("fat_finger", StringComparison.Ordinal) == true ? NotificationKind.FatFinger : NotificationKind.OrderDenied,
                NotificationSeverity.Info, $"{order.Request.Side} {order.Request.Quantity} {order.Request.Instrument} denied by risk: {order.Reason}", order);
    }

    public void OnFill(Fill fill)
    {
        var key = fill.Instrument.Value;
        var signed = fill.Side == OrderSide.Buy ? fill.Quantity : -fill.Quantity;
        var after = _positions.GetValueOrDefault(key) + signed;
        if (after == 0)
        {
            _positions.Remove(key);
            _positionsById.Remove(fill.Instrument);
        }
        else
        {
            _positions[key] = after;
            _positionsById[fill.Instrument] = after;
        }
        // A live broker's fill arrives between slices: the cash reconciliation compares moves with it, not at the next mark.
        Cash -= signed * fill.Price + fill.Fee;
        _fills.Add(fill.Id);
        if (!journaledFills.Contains(fill.Id))
        {
            crash.Hit(CrashPointNames.FillBeforeJournal);
            orders.AddFill(fill);
            crash.Hit(CrashPointNames.FillAfterJournal);
        }
        // A fill journaled in a slice no checkpoint covers may not have been told (the crash came between the two):
        // told again rather than maybe never.
        if (!Recovering)
            Tell(NotificationKind.TradeExecuted, NotificationSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{fill.Side} {fill.Quantity} {fill.Instrument} at {fill.Price} (fee {fill.Fee})"), null, fill.Instrument.Value, fill.OrderId.Value);
    }

    public void OnTradeClosed(ClosedTrade trade)
    {
    }

    /// <summary>A trading slice's equity mark: its checkpoint is written once the kernel has closed the slice (<see cref="OnSliceClosed"/>).</summary>
    public void OnEquity(EquityPoint point)
    {
        var slicesDone = SlicesDone + 1;
        Equity = point.Equity;
        Cash = point.Cash;
        LastSliceTime = point.Time;
        DayStartEquity ??= point.Equity;
        if (slicesDone <= resumeAfterSlices) return;
        _due = new AgentCheckpoint(slicesDone, point.Time, point.Equity, point.Cash, JsonSerializer.Serialize(_positions), point.Time);
    }

    /// <summary>
    /// The kernel closed a slice: the checkpoint a restart resumes after. Written only now, after the slice's risk events
    /// were told (the kernel streams them after the equity mark), so that a restart, which re-runs checkpointed slices
    /// silently, cannot swallow them.
    /// </summary>
    public void OnSliceClosed(long slicesDone)
    {
        if (_due is not { } checkpoint) return;
        _due = null;
        if (checkpoint.SlicesDone != slicesDone)
            throw new InvalidOperationException($"The checkpoint of slice {checkpoint.SlicesDone} is due when the kernel reports {slicesDone} slices done.");
        crash.Hit(CrashPointNames.SliceBeforeCheckpoint);
        var write = WriteCheckpointAsync(checkpoint);
        if (write.IsCompletedSuccessfully) crash.Hit(CrashPointNames.SliceAfterCheckpoint);
        else _checkpoint = write;
    }

    /// <summary>A store that is busy or briefly failing must not stop trading: a refused checkpoint is retried a few times.</summary>
    private async Task WriteCheckpointAsync(AgentCheckpoint checkpoint)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await journal.CheckpointAsync(checkpoint, CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (StorageException e) when (attempt < 5)
            {
                Log.CheckpointRetry(logger, checkpoint.SlicesDone, e.Message);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), wallClock).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Awaits the checkpoint of the slice the kernel just closed when it did not complete at once; the feed calls it
    /// before the next slice, so checkpoints are stored one at a time and in order (a crash loses the newest, never
    /// leaves a hole).
    /// </summary>
    public async Task CheckpointedAsync()
    {
        if (_checkpoint is not { } write) return;
        _checkpoint = null;
        await write.ConfigureAwait(false);
        crash.Hit(CrashPointNames.SliceAfterCheckpoint);
    }

    public void OnRiskDecision(RiskDecision decision)
    {
        if (!decision.Approved) Denials++;
    }

    public void OnRiskEvent(RiskEvent riskEvent)
    {
        var change = riskEvent.StateChange;
        if (change is { Scope: "account" }) TradingState = change.To.ToString().ToUpperInvariant();
        if (Recovering) return;
        var (kind, severity) = change switch
        {
            { Killed: true } => (NotificationKind.Kill, NotificationSeverity.Critical),
            { To: Risk.State.TradingState.Halted } when change.Cause.Contains("circuit", StringComparison.Ordinal) => (NotificationKind.CircuitBreaker, NotificationSeverity.Critical),
            { To: Risk.State.TradingState.Halted } => (NotificationKind.Halt, NotificationSeverity.Critical),
            { To: Risk.State.TradingState.Active } => (NotificationKind.Resume, NotificationSeverity.Warning),
            not null => (NotificationKind.Alert, NotificationSeverity.Warning),
            null when riskEvent.Kind == RiskEventKind.ExitSignal => (NotificationKind.StopLossApproaching, NotificationSeverity.Warning),
            null => (NotificationKind.Alert, NotificationSeverity.Warning),
        };
        Tell(kind, severity, $"{riskEvent.Source}: {riskEvent.Message}", null);
    }

    public void OnSkippedIntent(SkippedIntent skipped)
    {
        if (!Recovering) Log.IntentSkipped(logger, skipped.Instrument, skipped.Reason);
    }

    /// <summary>
    /// The kernel took the broker's figures over: they are the agent's view of the account from now on (the next
    /// checkpoint stores them). What it could not adopt is told, unless a restart is re-running what was told before.
    /// </summary>
    public void OnBrokerStateAdopted(BrokerStateAdopted adopted)
    {
        Cash = adopted.Cash;
        Equity = adopted.Equity;
        _positions.Clear();
        _positionsById.Clear();
        foreach (var (instrument, quantity) in adopted.Positions)
        {
            _positions[instrument.Value] = quantity;
            _positionsById[instrument] = quantity;
        }
        _fills.UnionWith(adopted.KnownFills);
        if (!Recovering)
        {
            foreach (var reason in adopted.NotAdopted)
                notify?.Invoke(new Notification(adopted.Time, NotificationKind.ReconciliationDifference, NotificationSeverity.Warning, reason));
        }
        adoptions.One();
    }

    public void OnExecutionReportApplied(ExecutionReport report) => reports.One();

    /// <summary>What the agent believes about the account, for reconciliation (read between slices only).</summary>
    public LocalAccountSnapshot LocalSnapshot() =>
        new(Cash, new Dictionary<InstrumentId, decimal>(_positionsById), new Dictionary<ClientOrderId, LocalOrderState>(_working), new HashSet<FillId>(_fills));

    private void Track(Order order)
    {
        if (order.Status.IsWorking()) _working[order.Request.Id] = new LocalOrderState(order.Request.Instrument, order.Status, order.FilledQuantity);
        else _working.Remove(order.Request.Id);
    }

    private void Tell(NotificationKind kind, NotificationSeverity severity, string message, Order? order, string? instrument = null, string? orderId = null) =>
        notify?.Invoke(new Notification(LastSliceTime ?? DateTimeOffset.UnixEpoch, kind, severity, message, null, instrument ?? order?.Request.Instrument.Value, orderId ?? order?.Request.Id.Value));
}
