using Ouroboros.Domain.Venues;

namespace Ouroboros.Application.MarketData;

/// <summary>
/// One OHLCV file to check. With a <see cref="Venue"/> other than generic, every bar is also checked against that
/// market's calendar (sessions, weekends, holidays).
/// </summary>
public sealed record CheckDataRequest(string File, Venue Venue = Venue.Generic);
