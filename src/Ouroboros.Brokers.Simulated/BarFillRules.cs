using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Simulated;

/// <summary>
/// Where an order fills inside a bar. Gaps fill at the open (the first price that traded), never at a price the bar
/// jumped over; market and stop fills are slipped by the venue model but never outside the bar's range.
/// </summary>
public static class BarFillRules
{
    /// <summary>The fill price and liquidity, or null when the bar does not reach the order.</summary>
    public static (decimal Price, Liquidity Liquidity)? Match(OrderRequest order, in Bar bar, Instrument instrument, VenueModel model)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(model);
        switch (order.Type)
        {
            case OrderType.Market:
                return (Clamp(model.MarketFillPrice(instrument, order.Side, bar.Open), bar), Liquidity.Taker);
            case OrderType.Limit:
                var limit = order.LimitPrice!.Value;
                if (order.Side == OrderSide.Buy)
                {
                    if (bar.Open <= limit) return (bar.Open, Liquidity.Taker);
                    return bar.Low <= limit ? (limit, Liquidity.Maker) : null;
                }
                if (bar.Open >= limit) return (bar.Open, Liquidity.Taker);
                return bar.High >= limit ? (limit, Liquidity.Maker) : null;
            case OrderType.Stop:
                var stop = order.StopPrice!.Value;
                if (order.Side == OrderSide.Buy)
                {
                    if (bar.Open >= stop) return (Clamp(model.MarketFillPrice(instrument, order.Side, bar.Open), bar), Liquidity.Taker);
                    return bar.High >= stop ? (Clamp(model.MarketFillPrice(instrument, order.Side, stop), bar), Liquidity.Taker) : null;
                }
                if (bar.Open <= stop) return (Clamp(model.MarketFillPrice(instrument, order.Side, bar.Open), bar), Liquidity.Taker);
                return bar.Low <= stop ? (Clamp(model.MarketFillPrice(instrument, order.Side, stop), bar), Liquidity.Taker) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// An order sent while a period is in progress, against its last price only (the bar so far: the prices before the
    /// order are not the order's to take): a market order, a marketable limit or a touched stop fills at the last price
    /// (slipped for market and stop, within the range so far); null when the last price does not reach it.
    /// </summary>
    public static (decimal Price, Liquidity Liquidity)? AtLastPrice(OrderRequest order, in Bar soFar, Instrument instrument, VenueModel model)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(model);
        var last = soFar.Close;
        var buy = order.Side == OrderSide.Buy;
        return order.Type switch
        {
            OrderType.Market => (AtClose(order.Side, in soFar, instrument, model), Liquidity.Taker),
            OrderType.Limit when (buy ? last <= order.LimitPrice!.Value : last >= order.LimitPrice!.Value) => (last, Liquidity.Taker),
            OrderType.Stop when (buy ? last >= order.StopPrice!.Value : last <= order.StopPrice!.Value) => (AtClose(order.Side, in soFar, instrument, model), Liquidity.Taker),
            _ => null,
        };
    }

    /// <summary>Market fill at a bar's close (same-close policy).</summary>
    public static decimal AtClose(OrderSide side, in Bar bar, Instrument instrument, VenueModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Clamp(model.MarketFillPrice(instrument, side, bar.Close), bar);
    }

    private static decimal Clamp(decimal price, in Bar bar) => Math.Min(bar.High, Math.Max(bar.Low, price));
}
