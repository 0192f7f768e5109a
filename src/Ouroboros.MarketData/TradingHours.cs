using Ouroboros.Domain.Venues;
using System.Runtime.CompilerServices;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData;

/// <summary>
/// Decides whether a series trades around the clock (crypto) or in sessions (equities), without a calendar:
/// crypto/Bybit instruments are 24/7, KRX/US are sessions, and for a Generic instrument the data decides:
/// a series with at least 5% of its bars on Saturdays and 5% on Sundays (UTC) is 24/7.
/// </summary>
public static class TradingHours
{
    public static bool IsAroundTheClock(BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var instrument = series.Instrument;
        if (instrument.AssetClass == AssetClass.Crypto || instrument.Venue == Venue.Bybit) return true;
        if (instrument.Venue is Venue.Krx or Venue.Us) return false;
        return HasWeekendTrading(series.Bars);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool HasWeekendTrading(ReadOnlySpan<Bar> bars)
    {
        if (bars.Length == 0) return false;
        int saturdays = 0, sundays = 0;
        foreach (ref readonly var bar in bars)
        {
            var day = bar.Time.UtcDateTime.DayOfWeek;
            if (day == DayOfWeek.Saturday) saturdays++;
            else if (day == DayOfWeek.Sunday) sundays++;
        }
        var threshold = Math.Max(1, bars.Length / 20);
        return saturdays >= threshold && sundays >= threshold;
    }
}
