using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
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
internal sealed class SessionRecorder(ISessionJournal journal, ICrashPoints crash, Action<Notification>? notify, ILogger logger, long resumeAfterSlices,
    IReadOnlySet<FillId> journaledFills) : IKernelSink
{
    private readonly Dictionary<string, decimal> _positions = new(StringComparer.Ordinal);
    private readonly HashSet<ClientOrderId> _working = [];
    private readonly List<Task> _pending = [];
    private readonly Lock _checkpointGate = new();
    private Task? _checkpoint;

    public long SlicesDone { get; private set; }
    public bool Recovering => SlicesDone < resumeAfterSlices;
    public decimal Equity { get; private set; }
    public decimal Cash { get; private set; }
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
        if (after == 0) _positions.Remove(key);
        else _positions[key] = after;
        if (journaledFills.Contains(fill.Id)) return;
        crash.Hit(CrashPointNames.FillBeforeJournal);
        Await(journal.AppendFillAsync(fill, CancellationToken.None));
        crash.Hit(CrashPointNames.FillAfterJournal);
        if (!Recovering)
            Tell(NotificationKind.TradeExecuted, NotificationSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{fill.Side} {fill.Quantity} {fill.Instrument} at {fill.Price} (fee {fill.Fee})"), null, fill.Instrument.Value, fill.OrderId.Value);
    }

    public void OnTradeClosed(ClosedTrade trade)
    {
    }

    /// <summary>A trading slice closed: the checkpoint a restart resumes after.</summary>
    public void OnEquity(EquityPoint point)
    {
        SlicesDone++;
        Equity = point.Equity;
        Cash = point.Cash;
        LastSliceTime = point.Time;
        DayStartEquity ??= point.Equity;
        if (SlicesDone <= resumeAfterSlices) return;
        crash.Hit(CrashPointNames.SliceBeforeCheckpoint);
        var positions = JsonSerializer.Serialize(_positions);
        // Not awaited here (the kernel's thread must not block): the feed awaits it in CheckpointedAsync before the
        // next slice, so checkpoints are stored one at a time and in order; a crash can lose the newest, never leave a hole.
        var checkpoint = new AgentCheckpoint(SlicesDone, point.Time, point.Equity, point.Cash, positions, point.Time);
        lock (_checkpointGate)
            _checkpoint = _checkpoint is { } previous ? AfterAsync(previous, checkpoint) : journal.CheckpointAsync(checkpoint, CancellationToken.None);
    }

    private async Task AfterAsync(Task previous, AgentCheckpoint checkpoint)
    {
        await previous.ConfigureAwait(false);
        await journal.CheckpointAsync(checkpoint, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Awaits the checkpoint of the slice the kernel just closed (if it wrote one): it is stored when this returns.</summary>
    public async Task CheckpointedAsync()
    {
        Task? write;
        lock (_checkpointGate)
        {
            write = _checkpoint;
            _checkpoint = null;
        }
        if (write is null) return;
        await write.ConfigureAwait(false);
        crash.Hit(CrashPointNames.SliceAfterCheckpoint);
    }

    /// <summary>Warm-up slices close without an equity mark but still count as slices for resuming.</summary>
    public void OnWarmUpSlice() => SlicesDone++;

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

    /// <summary>Awaits journal writes that did not complete at once (SQLite's do).</summary>
    public async Task FlushAsync()
    {
        await CheckpointedAsync().ConfigureAwait(false);
        foreach (var t in _pending) await t.ConfigureAwait(false);
        _pending.Clear();
    }

    private void Track(Order order)
    {
        if (order.Status.IsWorking()) _working.Add(order.Request.Id);
        else _working.Remove(order.Request.Id);
    }

    private void Await(ValueTask write)
    {
        if (!write.IsCompletedSuccessfully) _pending.Add(write.AsTask());
    }

    private void Tell(NotificationKind kind, NotificationSeverity severity, string message, Order? order, string? instrument = null, string? orderId = null) =>
        notify?.Invoke(new Notification(LastSliceTime ?? DateTimeOffset.UnixEpoch, kind, severity, message, null, instrument ?? order?.Request.Instrument.Value, orderId ?? order?.Request.Id.Value));
}
