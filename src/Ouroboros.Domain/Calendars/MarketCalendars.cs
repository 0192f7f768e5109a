using Ouroboros.Domain.Venues;
using System.Diagnostics.CodeAnalysis;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Calendars;

/// <summary>The calendars of every supported market, built once.</summary>
public static class MarketCalendars
{
    private static readonly Dictionary<string, MarketCalendar> ByName;

    static MarketCalendars()
    {
        All = [.. MarketDefinitions.All.Select(d => new MarketCalendar(d))];
        ByName = All.ToDictionary(c => c.Market, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>KRX, NYSE, NASDAQ, AMEX, TSE, HKEX, SSE, SZSE, HNX, HOSE, CRYPTO, in that order.</summary>
    public static IReadOnlyList<MarketCalendar> All { get; }

    public static MarketCalendar Krx => ByName["KRX"];
    public static MarketCalendar Nyse => ByName["NYSE"];
    public static MarketCalendar Crypto => ByName["CRYPTO"];

    /// <summary>Case-insensitive; an unknown name is bad input and the message lists the known markets.</summary>
    public static MarketCalendar Get(string market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return TryGet(market, out var calendar)
            ? calendar
            : throw new ArgumentException($"unknown market '{market}'; known markets: {string.Join(", ", All.Select(c => c.Market))}", nameof(market));
    }

    public static bool TryGet(string market, [NotNullWhen(true)] out MarketCalendar? calendar) =>
        ByName.TryGetValue((market ?? "").Trim(), out calendar);

    /// <summary>
    /// The calendar of a venue: Krx → KRX, Us → NYSE (NASDAQ and AMEX share its calendar), Bybit → CRYPTO.
    /// Generic has none (a CSV instrument could trade anywhere): use <see cref="TryForVenue"/> to ask without an exception.
    /// </summary>
    public static MarketCalendar ForVenue(Venue venue) =>
        TryForVenue(venue, out var calendar)
            ? calendar
            : throw new ArgumentException($"venue {venue} has no market calendar; give the market explicitly", nameof(venue));

    public static bool TryForVenue(Venue venue, [NotNullWhen(true)] out MarketCalendar? calendar)
    {
        calendar = venue switch
        {
            Venue.Krx => Krx,
            Venue.Us => Nyse,
            Venue.Bybit => Crypto,
            _ => null,
        };
        return calendar is not null;
    }
}
