using Ouroboros.Domain.Venues;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Application.Planning;

/// <summary>Market names as users type them, and the venue rules that go with each market.</summary>
public static class Markets
{
    /// <summary>KR → KRX, US → NYSE; other names as the calendars know them.</summary>
    public static MarketCalendar Calendar(string market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.Trim().ToUpperInvariant() switch
        {
            "KR" or "KOREA" => MarketCalendars.Krx,
            "US" or "USA" => MarketCalendars.Nyse,
            var m => MarketCalendars.TryGet(m, out var c) ? c
                : throw new InvalidInputException("market", $"unknown market '{market}'; use KR, US or one of {string.Join(", ", MarketCalendars.All.Select(x => x.Market))}"),
        };
    }

    public static Venue VenueOf(MarketCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.Market switch
        {
            "KRX" => Venue.Krx,
            "CRYPTO" => Venue.Bybit,
            "NYSE" or "NASDAQ" or "AMEX" => Venue.Us,
            _ => Venue.Generic,
        };
    }
}
