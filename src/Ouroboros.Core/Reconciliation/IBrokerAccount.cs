using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Reconciliation;

/// <summary>
/// What a broker says about an account, for reconciliation and crash recovery. A failed or partial query is an error
/// result, never an empty snapshot: "I could not find out" and "there is nothing" must not look alike.
/// </summary>
public interface IBrokerAccount
{
    /// <summary>Cash, positions and working orders as the broker sees them now.</summary>
    ValueTask<BrokerResult<BrokerAccountSnapshot>> QueryAccountAsync(CancellationToken cancellationToken);

    /// <summary>What the broker knows of one order by its client order id; a null value means it never received it.</summary>
    ValueTask<BrokerResult<BrokerOrderState?>> QueryOrderAsync(ClientOrderId orderId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the broker received <paramref name="order"/>, which the agent persisted and may have sent before it was
    /// killed (null: it never arrived, so sending it now is no duplicate). A venue without client order ids matches the
    /// order's instrument, side, quantity, price and time against the orders it holds.
    /// </summary>
    ValueTask<BrokerResult<BrokerOrderState?>> FindSentOrderAsync(OrderRequest order, CancellationToken cancellationToken) =>
        QueryOrderAsync(order.Id, cancellationToken);
}

/// <summary>The broker's view of an account at <see cref="At"/>. Positions are signed quantities; flat ones are absent.</summary>
public sealed record BrokerAccountSnapshot(
    DateTimeOffset At,
    decimal Cash,
    IReadOnlyDictionary<InstrumentId, decimal> Positions,
    IReadOnlyList<BrokerOrderState> WorkingOrders)
{
    /// <summary>
    /// The broker's average price of each position it reported one for; null or absent when the broker does not say
    /// (never a zero standing in for "unknown"). Adopted as the cost basis of a position reconciliation takes over.
    /// </summary>
    public IReadOnlyDictionary<InstrumentId, decimal>? AveragePrices { get; init; }
}

/// <summary>One order as the broker knows it, with every fill it reported.</summary>
public sealed record BrokerOrderState(
    ClientOrderId OrderId,
    BrokerOrderId? BrokerOrderId,
    OrderStatus Status,
    decimal FilledQuantity,
    IReadOnlyList<Fill> Fills);
