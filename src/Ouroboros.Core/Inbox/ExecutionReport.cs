using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// What a broker reports about one order. Live brokers post these into the inbox from their own threads; the kernel
/// applies them on its thread, exactly as it applies the synchronous reports of a simulated venue.
/// </summary>
public abstract record ExecutionReport(ClientOrderId OrderId, DateTimeOffset Time) : KernelMessage(Time);

public sealed record OrderAccepted(ClientOrderId OrderId, BrokerOrderId BrokerOrderId, DateTimeOffset Time) : ExecutionReport(OrderId, Time);

public sealed record OrderFilled(Fill Fill) : ExecutionReport(Fill.OrderId, Fill.Time);

public sealed record OrderRejected(ClientOrderId OrderId, string Reason, DateTimeOffset Time) : ExecutionReport(OrderId, Time);

public sealed record OrderCancelled(ClientOrderId OrderId, string Reason, DateTimeOffset Time) : ExecutionReport(OrderId, Time);

public sealed record OrderExpired(ClientOrderId OrderId, DateTimeOffset Time) : ExecutionReport(OrderId, Time);

/// <summary>For cash-amount orders: the quantity the broker actually executes.</summary>
public sealed record QuantityResolved(ClientOrderId OrderId, decimal Quantity, DateTimeOffset Time) : ExecutionReport(OrderId, Time);
