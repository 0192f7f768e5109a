using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Venues;

namespace Ouroboros.Brokers.Kis.Domestic;

/// <summary>
/// Checks a KRX order before it is sent, with the rules the risk engine uses (Domain/Venues/Krx): a positive whole
/// quantity, a price on the tick grid, and within ±30% of the base price when it is known (kis-openapi.md §8.2).
/// Returns what is wrong in words, or null.
/// </summary>
public static class DomesticOrderRules
{
    /// <summary>The daily price band around the base price.</summary>
    public const decimal Band = 0.30m;

    private static readonly FixedTickSize EtfTick = new(5m);

    public static string? Problem(DomesticOrderRequest order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!IsSymbol(order.Symbol)) return $"the symbol '{order.Symbol}' is not a KRX code (6 characters, 7 for an ETN)";
        if (order.Quantity <= 0 || order.Quantity != decimal.Truncate(order.Quantity))
            return $"the quantity must be a whole number of shares above 0, not {order.Quantity}";
        return order.Type switch
        {
            DomesticOrderType.Market when order.LimitPrice is not null => "a market order takes no limit price",
            DomesticOrderType.Market => null,
            _ => order.LimitPrice is { } price ? PriceProblem(price, order.ReferencePrice, order.IsExchangeTradedProduct) : "a limit order needs a limit price",
        };
    }

    public static string? Problem(DomesticModifyRequest modify)
    {
        ArgumentNullException.ThrowIfNull(modify);
        if (string.IsNullOrWhiteSpace(modify.OrderNumber)) return "the order number to modify is missing";
        if (modify.Quantity is { } q && (q <= 0 || q != decimal.Truncate(q))) return $"the quantity must be a whole number of shares above 0, not {q}";
        return modify.Type switch
        {
            DomesticOrderType.Market => modify.NewPrice is null ? null : "a market order takes no limit price",
            _ => modify.NewPrice is { } price ? PriceProblem(price, modify.ReferencePrice, modify.IsExchangeTradedProduct) : "a limit modify needs the new price",
        };
    }

    /// <summary>Why <paramref name="price"/> cannot be sent, or null: tick grid first, then the band.</summary>
    public static string? PriceProblem(decimal price, decimal? referencePrice, bool exchangeTradedProduct)
    {
        if (price <= 0) return $"the limit price must be above 0, not {price}";
        TickSizeRule rule = exchangeTradedProduct ? EtfTick : KrxStockTickSize.Instance;
        var tick = rule.TickAt(price);
        if (price % tick != 0)
            return $"the limit price {price:0.##} is not on the KRX tick grid ({tick:0.##} KRW at this price); the nearest valid prices are {rule.Floor(price):0.##} and {rule.Ceiling(price):0.##}";
        if (referencePrice is { } reference and > 0)
        {
            var low = reference * (1 - Band);
            var high = reference * (1 + Band);
            if (price < low || price > high)
                return $"the limit price {price:0.##} is outside the daily band of ±30% around the base price {reference:0.##} ({low:0.##} to {high:0.##})";
        }
        return null;
    }

    private static bool IsSymbol(string symbol) =>
        !string.IsNullOrWhiteSpace(symbol) && symbol.Length is 6 or 7 && symbol.All(char.IsAsciiLetterOrDigit);
}
