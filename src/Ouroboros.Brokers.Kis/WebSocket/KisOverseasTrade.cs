using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// One overseas trade from HDFSCNT0 (kis-openapi.md §7, 26 fields). <see cref="TradedAt"/> comes from the Korean date
/// and time (KYMD/KHMS, UTC+9), so no exchange time zone or DST rule is needed; the exchange-local date and time
/// (XYMD/XHMS) are kept as sent. <see cref="Exchange"/> is read from RSYM's prefix (D + EXCD) and null when it is not one
/// of the nine exchanges (e.g. the R-prefixed US day session).
/// </summary>
public sealed record KisOverseasTrade(
    DateTimeOffset ReceivedAt,
    string RealtimeSymbol,
    string Symbol,
    KisExchange? Exchange,
    DateTimeOffset TradedAt,
    DateOnly LocalBusinessDate,
    DateOnly LocalDate,
    TimeOnly LocalTime,
    decimal Price,
    decimal Volume,
    decimal CumulativeVolume,
    decimal? CumulativeValue,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? BestBid,
    decimal? BestAsk,
    KisOverseasSession? Session) : KisStreamEvent(ReceivedAt);
