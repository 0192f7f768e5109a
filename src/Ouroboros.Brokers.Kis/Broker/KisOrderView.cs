using Ouroboros.Brokers.Kis.Domestic;
using Ouroboros.Brokers.Kis.Overseas;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Broker;

/// <summary>
/// One order as KIS lists it today, domestic (inquire-daily-ccld) or overseas (inquire-ccnl), in one shape: what was
/// asked, what filled at what average, what remains, and whether it ended.
/// </summary>
internal sealed record KisOrderView(
    string? BranchNumber,
    string OrderNumber,
    string Symbol,
    OrderSide? Side,
    decimal OrderQuantity,
    decimal? OrderPrice,
    TimeOnly? OrderTime,
    decimal FilledQuantity,
    decimal? AveragePrice,
    decimal? FilledAmount,
    decimal? Remaining,
    bool Cancelled,
    bool Rejected)
{
    public bool Ended => FilledQuantity >= OrderQuantity || Cancelled || Rejected || Remaining == 0;

    public static KisOrderView From(DomesticOrderRecord r) => new(r.BranchNumber, r.OrderNumber, r.Symbol, r.Side, r.OrderQuantity, r.OrderPrice,
        r.OrderTime, r.FilledQuantity, r.AverageFillPrice, r.FilledAmount, r.RemainingQuantity, r.Cancelled == true,
        r.RejectedQuantity > 0 && r.FilledQuantity == 0);

    public static KisOrderView From(OverseasOrderRecord r)
    {
        var filled = r.FilledQuantity ?? 0m;
        var status = r.Status ?? "";
        return new(r.BranchNumber, r.OrderNumber, r.Symbol, r.Side, r.OrderQuantity, r.OrderPrice, r.OrderTime, filled,
            r.FillPrice, r.FilledAmount, r.UnfilledQuantity,
            status.Contains("취소", StringComparison.Ordinal) || status.Contains("cancel", StringComparison.OrdinalIgnoreCase),
            !string.IsNullOrWhiteSpace(r.RejectReason) || status.Contains("거부", StringComparison.Ordinal));
    }

    /// <summary>The order's status in the kernel's terms.</summary>
    public OrderStatus Status => FilledQuantity >= OrderQuantity ? OrderStatus.Filled
        : Rejected ? OrderStatus.Rejected
        : Cancelled || Remaining == 0 ? OrderStatus.Cancelled
        : FilledQuantity > 0 ? OrderStatus.PartiallyFilled
        : OrderStatus.Accepted;
}
