using System.Collections.Concurrent;
using System.Threading.Channels;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.TestKit.Brokers;

/// <summary>
/// A broker outside the process, as the agent sees one: it outlives the agent's process (a test kills the agent, never
/// the exchange), numbers orders itself, fills market orders at once at the last price the test set (reporting the
/// fill before the submit call returns, as a real venue's notice can beat its acknowledgement), charges 0.1%, and
/// records every order it ever received so a test can tell a duplicate.
/// </summary>
public sealed class ScriptedExchange(TimeProvider clock, decimal cash) : IBroker, IBrokerAccount
{
    private readonly ConcurrentDictionary<InstrumentId, decimal> _last = new();
    private readonly ConcurrentDictionary<InstrumentId, decimal> _positions = new();
    private readonly List<(OrderRequest Order, BrokerOrderState State)> _orders = [];
    private readonly object _gate = new();
    private Channel<ExecutionReport> _reports = Channel.CreateUnbounded<ExecutionReport>();
    private decimal _cash = cash;

    /// <summary>Every order received, in order; a duplicate shows as the same client order id twice.</summary>
    public IReadOnlyList<OrderRequest> Received
    {
        get
        {
            lock (_gate) return [.. _orders.Select(o => o.Order)];
        }
    }

    /// <summary>When set, queries of single orders fail (the account query still answers).</summary>
    public bool OrderQueriesFail { get; set; }

    /// <summary>When set, the next order is taken and filled but its answer is lost (Unknown), as after a timeout.</summary>
    public bool LoseNextAnswer { get; set; }

    public void SetLast(InstrumentId instrument, decimal price) => _last[instrument] = price;

    /// <summary>A new process connects: reports not yet read by the old one are gone with it; the reader is the new process's.</summary>
    public ChannelReader<ExecutionReport> Connect()
    {
        _reports = Channel.CreateUnbounded<ExecutionReport>();
        return _reports.Reader;
    }

    public ValueTask<BrokerResult<BrokerOrderId>> SubmitAsync(OrderRequest order, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = new BrokerOrderId("X" + (_orders.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
            if (!_last.TryGetValue(order.Instrument, out var price))
                return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Fail(BrokerErrorKind.Rejected, "no price yet"));
            var quantity = order.CashAmount is { } budget ? decimal.Floor(budget / price) : order.Quantity;
            if (quantity <= 0) return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Fail(BrokerErrorKind.Rejected, "quantity rounds to zero"));
            if (order.CashAmount is not null) _reports.Writer.TryWrite(new QuantityResolved(order.Id, quantity, clock.GetUtcNow()));
            var fee = quantity * price * 0.001m;
            var fill = new Fill(new FillId(id.Value + "-1"), order.Id, order.Instrument, order.Side, quantity, price, fee, clock.GetUtcNow(), Liquidity.Taker);
            var sign = order.Side == OrderSide.Buy ? 1 : -1;
            _cash -= sign * quantity * price + fee;
            _positions.AddOrUpdate(order.Instrument, sign * quantity, (_, q) => q + sign * quantity);
            _orders.Add((order, new BrokerOrderState(order.Id, id, OrderStatus.Filled, quantity, [fill])));
            _reports.Writer.TryWrite(new OrderFilled(fill));
            if (LoseNextAnswer)
            {
                LoseNextAnswer = false;
                return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Fail(BrokerErrorKind.Unknown, "the answer was lost"));
            }
            return ValueTask.FromResult(BrokerResult<BrokerOrderId>.Ok(id));
        }
    }

    public ValueTask<BrokerResult<bool>> CancelAsync(ClientOrderId orderId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BrokerResult<bool>.Fail(BrokerErrorKind.Rejected, "nothing is working"));

    public ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult(BrokerResult<BrokerAccountSnapshot>.Ok(new BrokerAccountSnapshot(clock.GetUtcNow(), _cash,
                _positions.Where(p => p.Value != 0).ToDictionary(p => p.Key, p => p.Value), [])));
    }

    public ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken)
    {
        if (OrderQueriesFail) return ValueTask.FromResult(BrokerResult<BrokerOrderState?>.Fail(BrokerErrorKind.Network, "unreachable"));
        lock (_gate)
            return ValueTask.FromResult(BrokerResult<BrokerOrderState?>.Ok(_orders.Where(o => o.Order.Id == orderId).Select(o => o.State).FirstOrDefault()));
    }
}
