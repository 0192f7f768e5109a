using System.Globalization;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Brokers.Simulated;

/// <summary>
/// A broker that fills against bars with the venue's broker model (fees, slippage, ticks, lots): the same model
/// pre-trade sizing used. Used by backtests and by paper trading on live bars. Cash account: no shorting, no margin.
/// Fills are checked against the kernel's account; the broker also keeps its own paper ledger of what it executed,
/// which it answers account queries from (<see cref="IBrokerAccount"/>) like a real broker.
/// </summary>
public sealed class SimulatedBroker : IBroker, IMarketDrivenVenue, IBrokerAccount
{
    private readonly Instrument[] _instruments;
    private readonly VenueModel[] _models;
    private readonly Dictionary<InstrumentId, int> _index = [];
    private readonly List<WorkingOrder>[] _working;
    private readonly Dictionary<ClientOrderId, WorkingOrder> _byId = [];
    private readonly Bar[] _lastBar;
    private readonly bool[] _hasBar;
    private readonly PartialBar?[] _partial;
    private readonly FillPolicy _policy;
    private readonly bool _dailyBars;
    private readonly TimeProvider _clock;
    private readonly PaperLedger _ledger = new();
    private IExecutionReports? _reports;
    private IAccountView? _account;
    private long _orderSeq;
    private long _fillSeq;

    /// <param name="initialCash">When given, the paper account is opened with this cash (see <see cref="OpenAccount"/>).</param>
    public SimulatedBroker(IReadOnlyList<Instrument> instruments, IReadOnlyList<VenueModel> models, FillPolicy policy, BarInterval interval, TimeProvider clock,
        decimal? initialCash = null)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(models);
        _instruments = [.. instruments];
        _models = [.. models];
        for (var i = 0; i < _instruments.Length; i++) _index[_instruments[i].Id] = i;
        _working = new List<WorkingOrder>[_instruments.Length];
        for (var i = 0; i < _working.Length; i++) _working[i] = new List<WorkingOrder>(4);
        _lastBar = new Bar[_instruments.Length];
        _hasBar = new bool[_instruments.Length];
        _partial = new PartialBar?[_instruments.Length];
        _policy = policy;
        _dailyBars = !interval.IsIntraday;
        _clock = clock;
        if (initialCash is { } cash) OpenAccount(cash);
    }

    /// <summary>
    /// Opens (or resets) the paper account with <paramref name="cash"/> and <paramref name="positions"/>; orders and
    /// fills already received stay. Until it is opened, account queries fail: an unopened account is unknown, not empty.
    /// </summary>
    public void OpenAccount(decimal cash, IReadOnlyDictionary<InstrumentId, decimal>? positions = null) => _ledger.Open(cash, positions);

    public ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_ledger.IsOpen
            ? BrokerResult<BrokerAccountSnapshot>.Ok(_ledger.Snapshot(_clock.GetUtcNow()))
            : BrokerResult<BrokerAccountSnapshot>.Fail(BrokerErrorKind.InvalidRequest, "the paper account has not been opened"));

    public ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BrokerResult<BrokerOrderState?>.Ok(_ledger.Order(orderId)));

    public void Attach(IExecutionReports reports, IAccountView account)
    {
        _reports = reports;
        _account = account;
    }

    public ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_reports is null) throw new InvalidOperationException("The simulated broker is not attached to a kernel.");
        if (!_index.TryGetValue(order.Instrument, out var idx))
            return Reject(order, BrokerErrorKind.InvalidRequest, $"unknown instrument {order.Instrument}");
        var instrument = _instruments[idx];
        if (order.CashAmount is null && !instrument.IsValidQuantity(order.Quantity))
            return Reject(order, BrokerErrorKind.InvalidRequest, $"quantity {order.Quantity} is not a multiple of the lot step {instrument.QuantityStep} (minimum {instrument.MinQuantity})");
        if (order.LimitPrice is { } lp && !instrument.TickSize.IsOnGrid(lp))
            return Reject(order, BrokerErrorKind.InvalidRequest, $"limit price {lp} is off the tick grid (tick {instrument.TickSize.TickAt(lp)})");
        if (order.StopPrice is { } sp && !instrument.TickSize.IsOnGrid(sp))
            return Reject(order, BrokerErrorKind.InvalidRequest, $"stop price {sp} is off the tick grid (tick {instrument.TickSize.TickAt(sp)})");

        var brokerId = new BrokerOrderId(string.Create(CultureInfo.InvariantCulture, $"SIM-{++_orderSeq}"));
        _ledger.Received(order, brokerId, OrderStatus.Accepted);
        _reports.OnAccepted(order.Id, brokerId);
        if (_partial[idx] is { } partial)
        {
            SubmitDuringPeriod(order, idx, partial);
        }
        else if (_policy == FillPolicy.SameClose && order.Type == OrderType.Market && _hasBar[idx])
        {
            var bar = _lastBar[idx];
            Execute(new WorkingOrder(order, idx), BarFillRules.AtClose(order.Side, in bar, instrument, _models[idx]), Liquidity.Taker);
        }
        else
        {
            var working = new WorkingOrder(order, idx);
            _working[idx].Add(working);
            _byId[order.Id] = working;
        }
        return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Ok(brokerId));
    }

    /// <summary>
    /// An order sent at a rescan: what the period's last price reaches fills now at that price (as a live broker would
    /// fill it); the rest waits for the periods after this one, never for this period's bar, whose range includes prices
    /// from before the order. A DAY order's day is the rescan's.
    /// </summary>
    private void SubmitDuringPeriod(OrderRequest order, int idx, PartialBar partial)
    {
        var working = new WorkingOrder(order, idx) { SentDuringPeriod = partial.Bar.Time, FirstTradableDay = DateOnly.FromDateTime(partial.Bar.Time.UtcDateTime) };
        var last = partial.Bar;
        if (BarFillRules.AtLastPrice(order, in last, _instruments[idx], _models[idx]) is { } fill)
        {
            Execute(working, fill.Price, fill.Liquidity);
            return;
        }
        _working[idx].Add(working);
        _byId[order.Id] = working;
    }

    /// <summary>The periods so far: orders sent before their bars close are filled against them (see <see cref="SubmitDuringPeriod"/>).</summary>
    public void OnPartialBars(IReadOnlyList<PartialBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        foreach (var partial in bars)
        {
            if (partial.Instrument < _partial.Length) _partial[partial.Instrument] = partial;
        }
    }

    public ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (!_byId.Remove(orderId, out var working))
            return ValueTask.FromResult(BrokerResult<bool>.Fail(BrokerErrorKind.Rejected, $"order {orderId} is not working"));
        _working[working.Instrument].Remove(working);
        Cancel(orderId, "cancelled by request");
        return ValueTask.FromResult(BrokerResult<bool>.Ok(true));
    }

    public void OnSlice(ReadOnlySpan<KernelEvent> bars)
    {
        // The last bar is only read by same-close fills; next-open runs skip the 100-byte copy per bar.
        if (_policy == FillPolicy.SameClose)
        {
            for (var i = 0; i < bars.Length; i++)
            {
                _lastBar[bars[i].Instrument] = bars[i].Bar;
                _hasBar[bars[i].Instrument] = true;
            }
        }
        if (_byId.Count == 0)
        {
            ClosePeriods(bars);
            return;
        }
        // Sells first: a rebalance must free its cash before the buys spend it.
        for (var i = 0; i < bars.Length; i++) Work(bars[i].Instrument, bars[i].Bar, OrderSide.Sell);
        for (var i = 0; i < bars.Length; i++) Work(bars[i].Instrument, bars[i].Bar, OrderSide.Buy);
        ClosePeriods(bars);
    }

    /// <summary>A bar at or after a partial bar's period closes it: orders sent from now on wait for the next bar again.</summary>
    private void ClosePeriods(ReadOnlySpan<KernelEvent> bars)
    {
        for (var i = 0; i < bars.Length; i++)
        {
            if (_partial[bars[i].Instrument] is { } partial && bars[i].Bar.Time >= partial.Bar.Time) _partial[bars[i].Instrument] = null;
        }
    }

    private void Work(int instrument, in Bar bar, OrderSide side)
    {
        var list = _working[instrument];
        if (list.Count == 0) return;
        var day = DateOnly.FromDateTime(bar.Time.UtcDateTime);
        var keep = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var w = list[i];
            if (w.Request.Side != side)
            {
                list[keep++] = w;
                continue;
            }
            if (w.SentDuringPeriod is { } period && bar.Time <= period)
            {
                list[keep++] = w;
                continue;
            }
            if (w.Request.TimeInForce == TimeInForce.Day && w.FirstTradableDay is { } first && first != day)
            {
                Expire(w);
                continue;
            }
            w.FirstTradableDay ??= day;
            var match = BarFillRules.Match(w.Request, in bar, _instruments[instrument], _models[instrument]);
            if (match is { } m)
            {
                _byId.Remove(w.Request.Id);
                Execute(w, m.Price, m.Liquidity);
                continue;
            }
            if (w.Request.TimeInForce == TimeInForce.ImmediateOrCancel)
            {
                _byId.Remove(w.Request.Id);
                Cancel(w.Request.Id, "immediate-or-cancel order found no price on its first bar");
                continue;
            }
            list[keep++] = w;
        }
        list.RemoveRange(keep, list.Count - keep);
    }

    public void OnSliceEnd(DateTimeOffset time)
    {
        if (!_dailyBars || _byId.Count == 0) return;
        // A DAY order on daily bars has had its whole session once it saw one bar.
        foreach (var list in _working)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                var w = list[i];
                if (w.Request.TimeInForce == TimeInForce.Day && w.FirstTradableDay is not null)
                {
                    list.RemoveAt(i);
                    Expire(w);
                }
            }
        }
    }

    private void Expire(WorkingOrder w)
    {
        _byId.Remove(w.Request.Id);
        _ledger.Ended(w.Request.Id, OrderStatus.Expired);
        _reports!.OnExpired(w.Request.Id);
    }

    private void Execute(WorkingOrder w, decimal price, Liquidity liquidity)
    {
        var order = w.Request;
        var instrument = _instruments[w.Instrument];
        var model = _models[w.Instrument];
        var cash = _account!.AvailableCash(instrument.Currency);
        var quantity = order.Quantity;
        if (order.CashAmount is { } budget)
        {
            quantity = model.MaxAffordableQuantity(instrument, OrderSide.Buy, Math.Min(budget, cash), price);
            if (quantity <= 0)
            {
                Cancel(order.Id, $"cash {Math.Min(budget, cash):0.##} buys no whole lot at the fill price {price}");
                return;
            }
            _ledger.Resolved(order.Id, quantity);
            _reports!.OnQuantityResolved(order.Id, quantity);
        }
        var fee = model.Fees.Fee(instrument, order.Side, quantity, price, liquidity);
        if (order.Side == OrderSide.Buy && quantity * price + fee > cash)
        {
            Cancel(order.Id, $"insufficient cash: needs {quantity * price + fee:0.##} at {price}, has {cash:0.##}");
            return;
        }
        if (order.Side == OrderSide.Sell && quantity > _account.PositionOf(w.Instrument))
        {
            Cancel(order.Id, $"sell of {quantity} exceeds the position {_account.PositionOf(w.Instrument)}; short selling is not enabled");
            return;
        }
        var fillId = new FillId(string.Create(CultureInfo.InvariantCulture, $"F-{++_fillSeq:D6}"));
        var fill = new Fill(fillId, order.Id, order.Instrument, order.Side, quantity, price, fee, _clock.GetUtcNow(), liquidity);
        _ledger.Filled(fill);
        _reports!.OnFill(fill);
    }

    private void Cancel(ClientOrderId orderId, string reason)
    {
        _ledger.Ended(orderId, OrderStatus.Cancelled);
        _reports!.OnCancelled(orderId, reason);
    }

    private ValueTask<BrokerResult<BrokerOrderId>> Reject(OrderRequest order, BrokerErrorKind kind, string message)
    {
        _ledger.Received(order, null, OrderStatus.Rejected);
        return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Fail(kind, message));
    }
}
