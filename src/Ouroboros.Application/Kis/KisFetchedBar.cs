namespace Ouroboros.Application.Kis;

/// <summary>One downloaded bar: its time (daily: midnight UTC of the session date; minute: the KIS minute in UTC) and OHLCV, all known.</summary>
public sealed record KisFetchedBar(DateTimeOffset Time, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume);
