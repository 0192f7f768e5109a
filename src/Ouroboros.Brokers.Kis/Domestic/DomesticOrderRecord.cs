using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>Which orders inquire-daily-ccld returns (CCLD_DVSN 00/01/02).</summary>
public enum DomesticFillFilter
{
    All,
    Filled,
    Unfilled,
}

/// <summary>A day range of inquire-daily-ccld (§5.7); dates are KST business days, <see cref="Symbol"/> null means all.</summary>
public sealed record DomesticOrdersQuery(DateOnly From, DateOnly To, string? Symbol = null, DomesticFillFilter Filter = DomesticFillFilter.All)
{
    /// <summary>An order number to look up alone; null means every order.</summary>
    public string? OrderNumber { get; init; }
}

/// <summary>One order of inquire-daily-ccld output1 with what filled of it, for reconciliation.</summary>
public sealed record DomesticOrderRecord(
    DateOnly? OrderDate,
    string? BranchNumber,
    string OrderNumber,
    string? OriginalOrderNumber,
    string Symbol,
    string? Name,
    OrderSide? Side,
    string? OrderTypeCode,
    decimal OrderQuantity,
    decimal? OrderPrice,
    TimeOnly? OrderTime,
    decimal FilledQuantity,
    decimal? AverageFillPrice,
    decimal? FilledAmount,
    decimal? RemainingQuantity,
    decimal? RejectedQuantity,
    bool? Cancelled);
