using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>What <see cref="MarketDataLoader.Load"/> should do with a file. Every property is optional.</summary>
public sealed record LoadOptions
{
    /// <summary>Venue whose rules the instrument gets: Generic (none) by default; Krx picks ETF or stock by code.</summary>
    public Venue Venue { get; init; } = Venue.Generic;

    /// <summary>The symbol; inferred from the file name when null.</summary>
    public string? Symbol { get; init; }

    /// <summary>Overrides the asset class guessed for the venue.</summary>
    public AssetClass? AssetClass { get; init; }

    /// <summary>Scale OHLC by adjusted close / close (needs an adj_close column; an error otherwise).</summary>
    public bool Adjusted { get; init; }

    /// <summary>Keep bars with open time ≥ From.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Keep bars with open time ≤ To.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Read and write the binary cache (default true).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Overrides the 24/7-or-sessions decision used for gap detection (see <see cref="TradingHours"/>).</summary>
    public bool? AroundTheClock { get; init; }

    /// <summary>
    /// Reject bars outside the sessions of the venue's exchange calendar (Krx → KRX, Us → NYSE; see <see cref="SessionCheck"/>).
    /// Default true; Generic and Bybit instruments are never checked.
    /// </summary>
    public bool CheckSessions { get; init; } = true;

    /// <summary>Count the pre-market and after-hours windows as sessions for intraday bars (default true: vendors include them).</summary>
    public bool ExtendedHours { get; init; } = true;
}
