using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Orders;

/// <summary>
/// The mutable life of one order, owned by the order manager. Every change goes through the state machine;
/// the events describing the changes are immutable records.
/// </summary>
public sealed class Order
{
    private bool _resolved;

    public Order(OrderRequest request)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Status = OrderStatus.New;
        Quantity = request.Quantity;
    }

    public OrderRequest Request { get; }
    public ClientOrderId Id => Request.Id;
    public OrderStatus Status { get; private set; }
    public BrokerOrderId? BrokerId { get; private set; }
    public decimal FilledQuantity { get; private set; }
    public decimal AverageFillPrice { get; private set; }
    public decimal Fees { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>The order's size; for cash-amount orders it becomes the resolved quantity at the fill.</summary>
    public decimal Quantity { get; private set; }
    public decimal RemainingQuantity => Quantity - FilledQuantity;

    /// <summary>Fixes the quantity of a cash-amount order at fill time (see <see cref="OrderRequest.CashAmount"/>).</summary>
    public void ResolveQuantity(decimal quantity)
    {
        if (Request.CashAmount is null) throw new InvalidOperationException($"Order {Id} has a fixed quantity.");
        if (FilledQuantity != 0) throw new InvalidOperationException($"Order {Id} is already partly filled.");
        if (_resolved) throw new InvalidOperationException($"Order {Id} already has its quantity resolved.");
        Quantity = Guard.Positive(quantity, nameof(quantity));
        _resolved = true;
    }

    public void MarkSubmitted() => Status = OrderStateMachine.Transition(Status, OrderStatus.Submitted);

    public void MarkAccepted(BrokerOrderId brokerId)
    {
        Status = OrderStateMachine.Transition(Status, OrderStatus.Accepted);
        BrokerId = brokerId;
    }

    public void MarkDenied(string reason)
    {
        Status = OrderStateMachine.Transition(Status, OrderStatus.DeniedByRisk);
        Reason = reason;
    }

    public void MarkRejected(string reason)
    {
        Status = OrderStateMachine.Transition(Status, OrderStatus.Rejected);
        Reason = reason;
    }

    public void MarkCancelled(string reason)
    {
        Status = OrderStateMachine.Transition(Status, OrderStatus.Cancelled);
        Reason = reason;
    }

    public void MarkExpired()
    {
        Status = OrderStateMachine.Transition(Status, OrderStatus.Expired);
        Reason = "time in force ended";
    }

    /// <summary>Applies a fill; moves to PartiallyFilled or Filled. Overfills are bugs and throw.</summary>
    public void ApplyFill(decimal quantity, decimal price, decimal fee)
    {
        Guard.Positive(quantity, nameof(quantity));
        Guard.Positive(price, nameof(price));
        Guard.NotNegative(fee, nameof(fee));
        if (quantity > RemainingQuantity)
            throw new InvalidOperationException($"Fill of {quantity} exceeds the remaining {RemainingQuantity} of order {Id}.");
        var next = quantity == RemainingQuantity ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        Status = OrderStateMachine.Transition(Status, next);
        // Most orders fill once; their average is the price itself, without a (slow) decimal division.
        AverageFillPrice = FilledQuantity == 0 ? price : (AverageFillPrice * FilledQuantity + price * quantity) / (FilledQuantity + quantity);
        FilledQuantity += quantity;
        Fees += fee;
    }
}
