using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Brokers.Kis.Overseas;

/// <summary>
/// Which ORD_DVSN each market and side allows (kis-openapi.md §6.3): US buy 00/32/34, US sell 00/31/32/33/34, HK sell
/// 00/50, everything else 00; VTS 00 only. Checked before sending; returns what is wrong in words, or null.
/// </summary>
public static class OverseasOrderRules
{
    public static string Code(OverseasOrderType type) => type switch
    {
        OverseasOrderType.MarketOnOpen => "31",
        OverseasOrderType.LimitOnOpen => "32",
        OverseasOrderType.MarketOnClose => "33",
        OverseasOrderType.LimitOnClose => "34",
        OverseasOrderType.OddLotLimit => "50",
        _ => "00",
    };

    public static bool NeedsPrice(OverseasOrderType type) => type is not (OverseasOrderType.MarketOnOpen or OverseasOrderType.MarketOnClose);

    public static string? Problem(OverseasOrderRequest order, KisEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Exchange.IsDomestic || !KisExchange.Overseas.Contains(order.Exchange)) return $"{order.Exchange.Name} is not an overseas exchange; use the domestic API for KRX";
        if (string.IsNullOrWhiteSpace(order.Symbol)) return "the symbol is missing";
        if (order.Quantity <= 0 || order.Quantity != decimal.Truncate(order.Quantity)) return $"the quantity must be a whole number of shares above 0, not {order.Quantity}";
        if (NeedsPrice(order.Type) && order.LimitPrice is not ({ } p and > 0))
            return order.Type == OverseasOrderType.MarketAsLimit
                ? "a market order is sent as a limit at a marketable price, so it needs that price (e.g. the upper limit for a buy)"
                : "a limit order needs a limit price above 0";
        if (!NeedsPrice(order.Type) && order.LimitPrice is not null and not 0) return "a market-on-open or market-on-close order takes no price";
        var code = Code(order.Type);
        if (environment == KisEnvironment.Vts && code != "00") return $"the paper host (VTS) takes only limit orders (00), not {order.Type}";
        var allowed = (order.Exchange.IsUs, order.Side, order.Exchange.OrderCode) switch
        {
            (true, OrderSide.Buy, _) => code is "00" or "32" or "34",
            (true, OrderSide.Sell, _) => code is "00" or "31" or "32" or "33" or "34",
            (false, OrderSide.Sell, "SEHK") => code is "00" or "50",
            _ => code == "00",
        };
        return allowed ? null : $"{order.Exchange.Name} does not take {order.Type} for a {order.Side.ToString().ToLowerInvariant()}";
    }
}
