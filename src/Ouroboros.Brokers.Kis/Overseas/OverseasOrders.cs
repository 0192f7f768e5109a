using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>
/// The overseas order types (ORD_DVSN, kis-openapi.md §6.3). KIS has no plain overseas market order:
/// <see cref="MarketAsLimit"/> is sent as a limit (00) at the price the caller gives, which should be a marketable price
/// (for a buy at or above the ask, e.g. the day's upper limit; for a sell at or below the bid), as python-kis does.
/// VTS takes 00 only; the on-open/on-close types are US only, odd lots Hong Kong sells only.
/// </summary>
public enum OverseasOrderType
{
    Limit,
    MarketAsLimit,
    MarketOnOpen,
    LimitOnOpen,
    MarketOnClose,
    LimitOnClose,
    OddLotLimit,
}

/// <summary>An overseas order; <see cref="LimitPrice"/> is in the exchange's currency (ignored for MOO/MOC, sent as "0").</summary>
public sealed record OverseasOrderRequest(KisExchange Exchange, string Symbol, OrderSide Side, decimal Quantity, decimal? LimitPrice,
    OverseasOrderType Type = OverseasOrderType.Limit);

/// <summary>A range of inquire-ccnl (order history), in the exchange's local dates; null exchange and symbol mean all.</summary>
public sealed record OverseasOrdersQuery(DateOnly From, DateOnly To, KisExchange? Exchange = null, string? Symbol = null);

/// <summary>One overseas order with its fills (inquire-ccnl, inquire-nccs rows), in the order's currency.</summary>
public sealed record OverseasOrderRecord(
    DateOnly? OrderDate,
    string? BranchNumber,
    string OrderNumber,
    string? OriginalOrderNumber,
    string Symbol,
    string? Name,
    OrderSide? Side,
    string? ExchangeCode,
    decimal OrderQuantity,
    decimal? OrderPrice,
    decimal? FilledQuantity,
    decimal? FillPrice,
    decimal? FilledAmount,
    decimal? UnfilledQuantity,
    TimeOnly? OrderTime,
    string? Status,
    string? RejectReason);
