namespace Ouroboros.Application.Markets;

/// <summary>
/// One market at the instant asked: <see cref="Open"/> is true only in the regular session; <see cref="Session"/> is
/// pre, regular, lunch, after, holiday or closed. Times are the market's local time; next open or close is null when
/// the calendar has none ahead. <see cref="Note"/> names the holiday or says "early close", and "(provisional)" when
/// the holiday was derived before the exchange published it; empty otherwise.
/// </summary>
public sealed record MarketStatusRow(
    string Market,
    bool Open,
    string Session,
    DateTimeOffset LocalTime,
    DateTimeOffset? NextOpen,
    DateTimeOffset? NextClose,
    string Note);
