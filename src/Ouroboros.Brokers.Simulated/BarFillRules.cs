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

    /// <summary>Market fill at a bar's close (same-close policy).</summary>
    public static decimal AtClose(OrderSide side, in Bar bar, Instrument instrument, VenueModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Clamp(model.MarketFillPrice(instrument, side, bar.Close), bar);
    }

    private static decimal Clamp(decimal price, in Bar bar) => Math.Min(bar.High, Math.Max(bar.Low, price));
}
