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
}

/// <summary>The broker's view of an account at <see cref="At"/>. Positions are signed quantities; flat ones are absent.</summary>
public sealed record BrokerAccountSnapshot(
    DateTimeOffset At,
    decimal Cash,
    IReadOnlyDictionary<InstrumentId, decimal> Positions,
    IReadOnlyList<BrokerOrderState> WorkingOrders);

/// <summary>One order as the broker knows it, with every fill it reported.</summary>
public sealed record BrokerOrderState(
    ClientOrderId OrderId,
    BrokerOrderId? BrokerOrderId,
    OrderStatus Status,
    decimal FilledQuantity,
    IReadOnlyList<Fill> Fills);
