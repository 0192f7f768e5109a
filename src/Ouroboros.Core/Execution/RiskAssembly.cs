using Ouroboros.Risk.Events;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Core.Execution;

/// <summary>
/// The kernel's side of the house rules: the checks an order is decided on, bars and fills into the risk history and
/// the exit rules, one close per instrument per batch, operator commands, and the risk engine's events to the sinks.
/// </summary>
internal sealed class RiskAssembly
{
    private static readonly StrategyId RiskStrategy = new("risk");
    private readonly KernelState _state;
    private readonly RiskEngine _risk;
    private readonly Dictionary<ClientOrderId, TradeIntent> _intentOf = [];
    private readonly bool[] _closeQueued;
    private readonly Action<RiskEvent> _toSinks;

    private string? _entriesBlocked;

    public RiskAssembly(KernelState state)
    {
        _state = state;
        _risk = state.Setup.Risk;
        _closeQueued = new bool[state.Instruments.Length];
        _toSinks = state.Sinks.OnRiskEvent;
    }

    public bool IsEnabled => _risk.IsEnabled;

    /// <summary>Streams the risk engine's events to the sinks, so the engine keeps none of them.</summary>
    public void DrainEvents() => _risk.DrainEvents(_toSinks);

    /// <summary>Per bar when the risk engine is on: daily closes for VaR and price bands; exit rules on held positions.</summary>
    public void ObserveBar(int instrument, decimal close)
    {
        var id = _state.Instruments[instrument].Id;
        _risk.History.RecordClose(id, _state.CurrentDay, close);
        if (_state.Setup.Exits is not { } exits || _state.Portfolio.QuantityOf(instrument) == 0) return;
        if (exits.OnPrice(id, close, _state.SliceTime) is not { } signal) return;
        _risk.Record(new RiskEvent(signal.Time, RiskEventKind.ExitSignal, "account", signal.Rule, signal.Reason,
            FiguresJson.Write([new("instrument", id.Value), RiskFigure.Of("trigger_price", signal.TriggerPrice), RiskFigure.Of("price", signal.Price)])));
        _state.Pending.Add(new TradeIntent(id, IntentAction.Close, RiskStrategy, _state.SliceTime, Rationale: $"{signal.Rule}: {signal.Reason}", Origin: IntentOrigin.RiskExit));
    }

    /// <summary>Position changes feed the exit rules and the risk history (entries, round trips for cooldowns and streaks).</summary>
    public void ObserveFill(int instrument, Fill fill, decimal before, ClosedTrade? closed)
    {
        if (!_risk.IsEnabled) return;
        var id = _state.Instruments[instrument].Id;
        var after = _state.Portfolio.QuantityOf(instrument);
        if (closed is not null)
        {
            _state.Setup.Exits?.OnPositionClosed(id);
            _risk.History.RecordRoundTrip(id, fill.Time, closed.NetPnl);
        }
        var opened = after != 0 && (before == 0 || Math.Sign(before) != Math.Sign(after));
        var average = _state.Portfolio.PositionAt(instrument).AveragePrice;
        var order = _state.Orders.Get(fill.OrderId);
        if (opened)
        {
            _intentOf.TryGetValue(fill.OrderId, out var intent);
            var leverage = intent?.Leverage ?? 1m;
            _state.Setup.Exits?.OnPositionOpened(id, Math.Sign(after), average, leverage, intent?.StopLoss, intent?.TakeProfit);
            // The exit rules never let a stop lie further away than the effective stop, so neither may the budget.
            var defaultDistance = _state.Setup.Exits is { } exits ? average * exits.EffectiveStopFraction(leverage) : (decimal?)null;
            var stopDistance = intent?.StopLoss is { } sl
                ? (defaultDistance is { } cap ? Math.Min(Math.Abs(average - sl), cap) : Math.Abs(average - sl))
                : defaultDistance;
            _risk.History.RecordEntry(id, order.Request.Strategy, stopDistance);
        }
        else if (after != 0 && Math.Abs(after) > Math.Abs(before))
        {
            _state.Setup.Exits?.OnAveragePriceChanged(id, average);
        }
        // The intent's levels are only needed until its order is done; a long session must not keep them all.
        if (!order.Status.IsWorking()) _intentOf.Remove(fill.OrderId);
    }

    /// <summary>
    /// A position set to the broker's figures: the exit rules watch it like one of ours (an external trade gets the default
    /// stop), at its adopted average price. No round trip or entry is recorded: no strategy of ours made it.
    /// </summary>
    public void ObserveAdoptedPosition(int instrument, decimal before)
    {
        if (!_risk.IsEnabled || _state.Setup.Exits is not { } exits) return;
        var id = _state.Instruments[instrument].Id;
        var after = _state.Portfolio.QuantityOf(instrument);
        var average = _state.Portfolio.PositionAt(instrument).AveragePrice;
        if (before != 0 && (after == 0 || Math.Sign(before) != Math.Sign(after))) exits.OnPositionClosed(id);
        if (after == 0) return;
        if (before == 0 || Math.Sign(before) != Math.Sign(after)) exits.OnPositionOpened(id, Math.Sign(after), average, 1m, null, null);
        else exits.OnAveragePriceChanged(id, average);
    }

    /// <summary>Keeps the levels an approved order's fill will need (stop, take-profit, leverage).</summary>
    public void Remember(TradeIntent intent, ClientOrderId orderId)
    {
        if (intent.StopLoss is not null || intent.TakeProfit is not null || intent.Leverage != 1m) _intentOf[orderId] = intent;
    }

    /// <summary>True when some order's stop-loss or take-profit levels are kept for its fills.</summary>
    public bool KeepsIntentLevels => _intentOf.Count > 0;

    /// <summary>True when the engine holds events not yet streamed to the sinks.</summary>
    public bool HasEventsToDrain => _risk.HasPendingEvents;

    /// <summary>
    /// Drops the levels of orders that ended without the fill that would have removed them (cancelled, expired,
    /// rejected), so a long session does not keep them. Called at slice boundaries, before finished orders are forgotten.
    /// </summary>
    public void ForgetFinishedIntents()
    {
        if (_intentOf.Count == 0) return;
        foreach (var id in _intentOf.Keys)
        {
            if (!_state.Orders.TryGet(id, out var order) || !order.Status.IsWorking()) _intentOf.Remove(id);
        }
    }

    /// <summary>An exit the risk engine asked for did not go out: let the exit rules fire again.</summary>
    public void Rearm(TradeIntent intent, InstrumentId instrument)
    {
        if (intent.Origin == IntentOrigin.RiskExit) _state.Setup.Exits?.Rearm(instrument);
    }

    /// <summary>Decides the order (approved without building a check when there are no gates) and streams the decision.</summary>
    public RiskVerdict Decide(TradeIntent intent, OrderRequest request, int idx, decimal price, decimal value, decimal position, decimal cash, decimal equity)
    {
        var check = _risk.IsEnabled ? BuildCheck(intent, request, idx, price, value, position, cash, equity) : null;
        var verdict = _entriesBlocked is { } blocked && Grows(request.Side, position)
            ? RiskVerdict.Denied(BlockEntriesCommand.Gate, blocked)
            : check is null ? RiskVerdict.Approved : _risk.Evaluate(check);
        var inputs = check is null ? "{}" : FiguresJson.Write([.. RiskCheckFigures.Of(check), .. verdict.Figures]);
        _state.Sinks.OnRiskDecision(new RiskDecision(request.CreatedAt, request.Id, request.Instrument, request.Side, request.Quantity, value,
            verdict.IsApproved, verdict.Gate, verdict.Reason, inputs));
        return verdict;
    }

    /// <summary>One close per instrument per batch: a strategy close and a stop-loss exit on the same bar must not sell twice.</summary>
    public bool TryQueueClose(TradeIntent intent, int idx)
    {
        if (intent.Action != IntentAction.Close) return true;
        if (_closeQueued[idx]) return false;
        _closeQueued[idx] = true;
        return true;
    }

    public void ClearQueuedCloses() => Array.Clear(_closeQueued);

    /// <summary>
    /// Kill: the account HALTED and killed, every working order cancelled (journal writes awaited first). A cancel the
    /// broker refuses becomes an alert, because the operator must then cancel it at the broker.
    /// </summary>
    /// <summary>
    /// A halt or kill takes effect now: the engine denies what it forbids from this moment, including the intents of
    /// the slice that was open when the command arrived.
    /// </summary>
    public void Stop(OperatorCommand command)
    {
        var now = _state.Time.GetUtcNow();
        switch (command)
        {
            case KillCommand:
                _risk.Kill(now, command.By, command.Reason);
                break;
            case HaltCommand halt:
                _risk.Halt(halt.Scope, now, command.By, command.Reason);
                break;
            default:
                throw new ArgumentException($"{command.GetType().Name} does not stop trading.", nameof(command));
        }
        DrainEvents();
    }

    /// <summary>After a kill: cancels every working order; a cancel the broker refuses is an alert, never silence.</summary>
    public async ValueTask CancelWorkingOrdersAsync(OperatorCommand command, CancellationToken cancellationToken)
    {
        var now = _state.Time.GetUtcNow();
        _state.Setup.CrashPoints.Hit(Faults.CrashPointNames.KillBeforeCancel);
        foreach (var order in _state.Orders.Working())
        {
            await _state.Orders.FlushAsync().ConfigureAwait(false);
            var result = await _state.Setup.Broker.CancelAsync(order.Request.Id, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
                _risk.Record(new RiskEvent(now, RiskEventKind.Alert, "account", "kill_switch",
                    $"could not cancel {order.Request.Id}: {result.Error!.Kind}: {result.Error.Message}; cancel it at the broker", "{}"));
        }
        await _state.Orders.FlushAsync().ConfigureAwait(false);
        _state.Setup.CrashPoints.Hit(Faults.CrashPointNames.KillAfterCancel);
        DrainEvents();
    }

    /// <summary>While set, orders that would open or grow a position are denied with this reason (reconciliation).</summary>
    public void BlockEntries(BlockEntriesCommand command) => _entriesBlocked = command.Blocked ? command.Reason : null;

    /// <summary>A buy grows a flat or long position; a sell grows a flat or short one.</summary>
    private static bool Grows(OrderSide side, decimal position) => side == OrderSide.Buy ? position >= 0 : position <= 0;

    public void Resume(ResumeCommand command)
    {
        _risk.Resume(command.Scope, _state.Time.GetUtcNow(), command.By, command.Reason);
        DrainEvents();
    }

    private RiskCheck BuildCheck(TradeIntent intent, OrderRequest request, int idx, decimal price, decimal value, decimal position, decimal cash, decimal equity)
    {
        var positions = new List<PositionExposure>();
        var instruments = _state.Instruments;
        for (var i = 0; i < instruments.Length; i++)
        {
            var q = _state.Portfolio.QuantityOf(i);
            if (q != 0) positions.Add(new PositionExposure(instruments[i].Id, q, _state.Portfolio.LastPrice(i)));
        }
        var account = new AccountSnapshot(cash, equity, _state.DayStartEquity, _state.Setup.InitialCash, positions);
        return new RiskCheck(request, instruments[idx], request.CreatedAt, price, value, position, account, _risk.History)
        {
            Origin = intent.Origin,
            Confidence = intent.Origin == IntentOrigin.Model ? intent.Confidence : null,
            Leverage = intent.Leverage,
            StopLossPrice = intent.StopLoss,
            TradingDate = _state.CurrentDay,
            IsIntraday = !_state.Setup.DailyBars,
            Market = _state.Setup.Calendar?.Market,
        };
    }
}
