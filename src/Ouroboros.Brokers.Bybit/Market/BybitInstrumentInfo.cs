namespace Ouroboros.Brokers.Bybit.Market;

/// <summary>
/// The sizing rules of one contract from <c>/v5/market/instruments-info</c>: price tick, quantity step and bounds,
/// minimum order value and the leverage range. Bounds Bybit leaves out are null, never zero.
/// </summary>
public sealed record BybitInstrumentInfo(
    string Symbol,
    string Status,
    decimal TickSize,
    decimal QtyStep,
    decimal MinOrderQty,
    decimal? MaxOrderQty,
    decimal? MaxMarketOrderQty,
    decimal? MinNotionalValue,
    decimal? MinLeverage,
    decimal? MaxLeverage,
    decimal? LeverageStep)
{
    /// <summary><paramref name="quantity"/> rounded down to the quantity step (what Bybit would not truncate).</summary>
    public decimal FloorToStep(decimal quantity) => decimal.Floor(quantity / QtyStep) * QtyStep;
}
