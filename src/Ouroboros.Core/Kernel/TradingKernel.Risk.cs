using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Events;

namespace Ouroboros.Core.Kernel;

/// <summary>The kernel's side of the house rules: trading days, session events, exit rules, fills into risk history, the kill switch.</summary>
public sealed partial class TradingKernel
{
    private static readonly StrategyId RiskStrategy = new("risk");
    private readonly List<SessionEvent> _sessionEvents = [];
    private readonly Dictionary<ClientOrderId, TradeIntent> _intentOf = [];
    private readonly bool[] _closeQueued;
    private int _sessionEventCount;
    private DateTimeOffset _previousSliceTime = DateTimeOffset.MinValue;
    private KillRequest? _killRequest;

    private sealed record KillRequest(string By, string Reason);

    /// <summary>
    /// The kill switch. Safe to call from any thread: at the next slice boundary the kernel cancels every working
    /// order and the risk engine denies everything, leaving the account HALTED until an operator resumes.
    /// </summary>
    public void RequestKill(string by, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Volatile.Write(ref _killRequest, new KillRequest(by, reason));
    }

    private bool KillPending => Volatile.Read(ref _killRequest) is not null;

    private async ValueTask ApplyKillAsync(CancellationToken cancellationToken)
    {
        var request = Interlocked.Exchange(ref _killRequest, null);
        if (request is null) return;
        var now = _setup.Clock.GetUtcNow();
        _setup.Risk.Kill(now, request.By, request.Reason);
        foreach (var order in _orders.Orders.ToArray())
        {
            if (!order.Status.IsWorking()) continue;
            var result = await _setup.Broker.CancelAsync(order.Request.Id, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
                _setup.Risk.Record(new RiskEvent(now, RiskEventKind.Alert, "account", "kill_switch",
                    $"could not cancel {order.Request.Id}: {result.Error!.Kind}: {result.Error.Message}; cancel it at the broker", "{}"));
        }
    }

    /// <summary>The trading date a slice time belongs to: the UTC date for daily bars, else the market's local date.</summary>
    private DateOnly TradingDateOf(DateTimeOffset time) => _setup.Calendar is { } c && !_setup.DailyBars
        ? c.LocalDateOf(time)
        : DateOnly.FromDateTime(time.UtcDateTime);

    private void RaiseSessionEvents(DateTimeOffset time)
    {
        if (_setup.Calendar is not { } calendar) return;
        if (_previousSliceTime != DateTimeOffset.MinValue)
        {
            calendar.EventsBetween(_previousSliceTime, time, _setup.PreMarketLead, _sessionEvents);
            for (var i = 0; i < _sessionEvents.Count; i++) _strategy.OnSessionEvent(_sessionEvents[i]);
            _sessionEventCount += _sessionEvents.Count;
            _sessionEvents.Clear();
        }
        _previousSliceTime = time;
    }

    private void OnNewTradingDay(DateTimeOffset time, DateOnly day)
    {
        if (_setup.Risk.IsEnabled) _setup.Risk.StartTradingDay(time, day);
    }

    /// <summary>Per bar when the risk engine is on: daily closes for VaR and price bands; exit rules on held positions.</summary>
    private void ObserveBarForRisk(int instrument, decimal close)
    {
        var id = _instruments[instrument].Id;
        _setup.Risk.History.RecordClose(id, _currentDay, close);
        if (_setup.Exits is not { } exits || _portfolio.QuantityOf(instrument) == 0) return;
        if (exits.OnPrice(id, close, _sliceTime) is not { } signal) return;
        _setup.Risk.Record(new RiskEvent(signal.Time, RiskEventKind.ExitSignal, "account", signal.Rule, signal.Reason,
            FiguresJson.Write([new("instrument", id.Value), RiskFigure.Of("trigger_price", signal.TriggerPrice), RiskFigure.Of("price", signal.Price)])));
        _pending.Add(new TradeIntent(id, IntentAction.Close, RiskStrategy, _sliceTime, Rationale: $"{signal.Rule}: {signal.Reason}", Origin: IntentOrigin.RiskExit));
    }

    /// <summary>Position changes feed the exit rules and the risk history (entries, round trips for cooldowns and streaks).</summary>
    private void ObserveFillForRisk(int instrument, Fill fill, decimal before, ClosedTrade? closed)
    {
        if (!_setup.Risk.IsEnabled) return;
        var id = _instruments[instrument].Id;
        var after = _portfolio.QuantityOf(instrument);
        if (closed is not null)
        {
            _setup.Exits?.OnPositionClosed(id);
            _setup.Risk.History.RecordRoundTrip(id, fill.Time, closed.NetPnl);
        }
        var opened = after != 0 && (before == 0 || Math.Sign(before) != Math.Sign(after));
        var average = _portfolio.PositionAt(instrument).AveragePrice;
        if (opened)
        {
            _intentOf.TryGetValue(fill.OrderId, out var intent);
            var leverage = intent?.Leverage ?? 1m;
            _setup.Exits?.OnPositionOpened(id, Math.Sign(after), average, leverage, intent?.StopLoss, intent?.TakeProfit);
            // The exit rules never let a stop lie further away than the effective stop, so neither may the budget.
            var defaultDistance = _setup.Exits is { } exits ? average * exits.EffectiveStopFraction(leverage) : (decimal?)null;
            var stopDistance = intent?.StopLoss is { } sl
                ? (defaultDistance is { } cap ? Math.Min(Math.Abs(average - sl), cap) : Math.Abs(average - sl))
                : defaultDistance;
            _setup.Risk.History.RecordEntry(id, _orders.Get(fill.OrderId).Request.Strategy, stopDistance);
        }
        else if (after != 0 && Math.Abs(after) > Math.Abs(before))
        {
            _setup.Exits?.OnAveragePriceChanged(id, average);
        }
        // The intent's levels are only needed until its order is done; a long session must not keep them all.
        if (!_orders.Get(fill.OrderId).Status.IsWorking()) _intentOf.Remove(fill.OrderId);
    }

    private RiskCheck BuildCheck(TradeIntent intent, OrderRequest request, int idx, decimal price, decimal value, decimal position, decimal cash, decimal equity)
    {
        var positions = new List<PositionExposure>();
        for (var i = 0; i < _instruments.Length; i++)
        {
            var q = _portfolio.QuantityOf(i);
            if (q != 0) positions.Add(new PositionExposure(_instruments[i].Id, q, _portfolio.LastPrice(i)));
        }
        var account = new AccountSnapshot(cash, equity, _dayStartEquity, _setup.InitialCash, positions);
        return new RiskCheck(request, _instruments[idx], request.CreatedAt, price, value, position, account, _setup.Risk.History)
        {
            Origin = intent.Origin,
            Confidence = intent.Origin == IntentOrigin.Model ? intent.Confidence : null,
            Leverage = intent.Leverage,
            StopLossPrice = intent.StopLoss,
            TradingDate = _currentDay,
            IsIntraday = !_setup.DailyBars,
            Market = _setup.Calendar?.Market,
        };
    }

    /// <summary>One close per instrument per batch: a strategy close and a stop-loss exit on the same bar must not sell twice.</summary>
    private bool TryQueueClose(TradeIntent intent, int idx)
    {
        if (intent.Action != IntentAction.Close) return true;
        if (_closeQueued[idx]) return false;
        _closeQueued[idx] = true;
        return true;
    }

    private void ClearQueuedCloses() => Array.Clear(_closeQueued);

    private void RecordVerdict(OrderRequest request, decimal value, RiskVerdict verdict, RiskCheck? check)
    {
        var inputs = check is null ? "{}" : FiguresJson.Write([.. RiskCheckFigures.Of(check), .. verdict.Figures]);
        _riskDecisions.Add(new RiskDecision(request.CreatedAt, request.Id, request.Instrument, request.Side, request.Quantity, value,
            verdict.IsApproved, verdict.Gate, verdict.Reason, inputs));
    }
}
