using System.Globalization;
using Ouroboros.Domain.Instruments;
using Ouroboros.Strategies.Scanning;

namespace Ouroboros.Strategies.Planning;

/// <summary>
/// Stop-loss and take-profit levels from the last close and ATR14, on the instrument's tick grid (stops rounded
/// down, targets up, so rounding never narrows the distance), and price literals for conditions.
/// </summary>
public static class PriceLevels
{
    /// <summary>The ATR distance unit, at least 0.5 % of the close, so a flat history still gets distinct levels.</summary>
    public static decimal Unit(InstrumentSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var atr = (decimal)s.Atr14;
        return Math.Max(Math.Max(atr, s.Close * 0.005m), s.Instrument.TickSize.TickAt(s.Close));
    }

    /// <summary>close − multiple·unit, never below half the close; null when it rounds to no positive price.</summary>
    public static decimal? Below(InstrumentSnapshot s, double multiple)
    {
        ArgumentNullException.ThrowIfNull(s);
        var raw = Math.Max(s.Close - (decimal)multiple * Unit(s), s.Close * 0.5m);
        var level = RoundDown(s.Instrument, raw);
        return level > 0 && level < s.Close ? level : null;
    }

    /// <summary>close + multiple·unit, rounded up to the grid.</summary>
    public static decimal Above(InstrumentSnapshot s, double multiple)
    {
        ArgumentNullException.ThrowIfNull(s);
        return RoundUp(s.Instrument, s.Close + (decimal)multiple * Unit(s));
    }

    public static decimal RoundDown(Instrument instrument, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.TickSize.TickAt(price) > 0 ? instrument.TickSize.Floor(price) : Floor(price, Decimals(price));
    }

    public static decimal RoundUp(Instrument instrument, decimal price)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument.TickSize.TickAt(price) > 0) return instrument.TickSize.Ceiling(price);
        var scale = Pow10(Decimals(price));
        return decimal.Ceiling(price * scale) / scale;
    }

    /// <summary>A price as a condition literal: invariant, no exponent, no trailing zeros.</summary>
    public static string Literal(decimal price) => (price / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static decimal Floor(decimal price, int decimals)
    {
        var scale = Pow10(decimals);
        return decimal.Floor(price * scale) / scale;
    }

    // Instruments without a tick rule (generic CSV data) get cents above 1 and six decimals below.
    private static int Decimals(decimal price) => price >= 1m ? 2 : 6;

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10m;
        return result;
    }
}
