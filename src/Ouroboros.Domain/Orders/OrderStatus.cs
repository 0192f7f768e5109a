namespace Ouroboros.Domain.Orders;

/// <summary>
/// Order life cycle: New → Submitted → Accepted → PartiallyFilled → Filled | Cancelled | Rejected | Expired,
/// and New → DeniedByRisk when a risk gate stops it before it reaches the broker.
/// </summary>
public enum OrderStatus
{
    New,
    Submitted,
    Accepted,
    PartiallyFilled,
    Filled,
    Cancelled,
    Rejected,
    Expired,
    DeniedByRisk,
}

public static class OrderStatusExtensions
{
    public static bool IsTerminal(this OrderStatus status) => status is OrderStatus.Filled or OrderStatus.Cancelled
        or OrderStatus.Rejected or OrderStatus.Expired or OrderStatus.DeniedByRisk;

    /// <summary>Working orders may still fill.</summary>
    public static bool IsWorking(this OrderStatus status) => status is OrderStatus.Submitted or OrderStatus.Accepted or OrderStatus.PartiallyFilled;
}
