namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One KRX trade from H0STCNT0 (kis-openapi.md §7, 46 fields). <see cref="TradedAt"/> is BSOP_DATE + STCK_CNTG_HOUR read
/// as KST (UTC+9) and given in UTC. Fields the server left empty are null, never zero.
/// </summary>
public sealed record KisDomesticTrade(
    DateTimeOffset ReceivedAt,
    string Symbol,
    DateTimeOffset TradedAt,
    DateOnly BusinessDate,
    decimal Price,
    decimal Volume,
    decimal CumulativeVolume,
    decimal? CumulativeValue,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? BestAsk,
    decimal? BestBid) : KisStreamEvent(ReceivedAt);
