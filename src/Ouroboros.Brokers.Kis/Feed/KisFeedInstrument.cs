using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Feed;

/// <summary>Where KIS quotes one instrument: KRX and a 6-character code, or an overseas exchange and its ticker.</summary>
public sealed record KisFeedInstrument
{
    public KisFeedInstrument(KisExchange exchange, string symbol)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        Exchange = exchange;
        Symbol = exchange.IsDomestic ? symbol : symbol.ToUpperInvariant();
    }

    public KisExchange Exchange { get; }

    public string Symbol { get; }

    /// <summary>H0STCNT0 for KRX, HDFSCNT0 keyed D + EXCD + ticker for the others (kis-openapi.md §7).</summary>
    public KisSubscription Subscription() =>
        Exchange.IsDomestic ? KisSubscription.DomesticTrades(Symbol) : KisSubscription.OverseasTrades(Exchange, Symbol);

    public override string ToString() => $"{Exchange.Name}:{Symbol}";
}
