using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>The two order types the adapter sends on KRX: ORD_DVSN 00 (limit) and 01 (market).</summary>
public enum DomesticOrderType
{
    Limit,
    Market,
}

/// <summary>
/// A cash order on KRX (order-cash, kis-openapi.md §5.5). A limit needs <see cref="LimitPrice"/> on the KRX tick grid
/// (5 KRW for ETF/ETN/ELW); when <see cref="ReferencePrice"/> (the day's base price, stck_sdpr) is known the price must
/// also lie within ±30% of it. Both are checked before anything is sent.
/// </summary>
public sealed record DomesticOrderRequest(string Symbol, OrderSide Side, decimal Quantity, DomesticOrderType Type, decimal? LimitPrice = null)
{
    /// <summary>The day's base price the ±30% band is measured from; null skips the band check (the host still checks it).</summary>
    public decimal? ReferencePrice { get; init; }

    /// <summary>ETF, ETN or ELW: a 5 KRW tick at every price.</summary>
    public bool IsExchangeTradedProduct { get; init; }

    /// <summary>EXCG_ID_DVSN_CD: KRX (default), NXT or SOR; VTS takes KRX only.</summary>
    public string Venue { get; init; } = "KRX";
}

/// <summary>A modify (정정) of a resting KRX order; <see cref="Quantity"/> null means all that remains.</summary>
public sealed record DomesticModifyRequest(string BranchNumber, string OrderNumber, DomesticOrderType Type, decimal? NewPrice, decimal? Quantity = null)
{
    public decimal? ReferencePrice { get; init; }

    public bool IsExchangeTradedProduct { get; init; }

    public string Venue { get; init; } = "KRX";
}
