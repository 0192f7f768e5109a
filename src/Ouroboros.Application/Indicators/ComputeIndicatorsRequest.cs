namespace Ouroboros.Application.Indicators;

/// <summary>
/// Indicators over one OHLCV file: <see cref="Indicators"/> are specs such as "sma(20)" or "macd(12,26,9)"; rows from
/// <see cref="From"/> to <see cref="To"/> are returned, but every indicator still warms up on the earlier bars.
/// <see cref="Adjusted"/> uses adjusted prices (the file needs an adj_close column).
/// </summary>
public sealed record ComputeIndicatorsRequest(
    string Data,
    IReadOnlyList<string> Indicators,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    bool Adjusted = false);
