namespace Ouroboros.Domain.Orders;

/// <summary>The only allowed order status transitions. Anything else is a bug and throws.</summary>
public static class OrderStateMachine
{
    public static bool CanTransition(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.New, OrderStatus.Submitted or OrderStatus.DeniedByRisk or OrderStatus.Rejected) => true,
        (OrderStatus.Submitted, OrderStatus.Accepted or OrderStatus.Rejected or OrderStatus.Cancelled
            or OrderStatus.PartiallyFilled or OrderStatus.Filled or OrderStatus.Expired) => true,
        (OrderStatus.Accepted, OrderStatus.PartiallyFilled or OrderStatus.Filled or OrderStatus.Cancelled or OrderStatus.Expired) => true,
        (OrderStatus.PartiallyFilled, OrderStatus.PartiallyFilled or OrderStatus.Filled or OrderStatus.Cancelled or OrderStatus.Expired) => true,
        _ => false,
    };

    public static OrderStatus Transition(OrderStatus from, OrderStatus to) => CanTransition(from, to)
        ? to
        : throw new InvalidOperationException($"Order cannot move from {from} to {to}.");
}
