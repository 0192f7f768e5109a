using Ouroboros.Domain.Venues;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.Strategies.Tests.Scanning;

/// <summary>Hand-built daily histories for scanner and planner tests (00:00 UTC bars, one day long).</summary>
internal static class ScanHistories
{
    public static readonly DateTimeOffset Start = new(2021, 1, 4, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Bars with open = previous close and high/low 0.2 % beyond the body.</summary>
    public static Bar[] Bars(IReadOnlyList<decimal> closes, decimal volume = 1_000m, DateTimeOffset? start = null)
    {
        var first = start ?? Start;
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var open = i == 0 ? closes[0] : closes[i - 1];
            var close = closes[i];
            bars[i] = new Bar(first.AddDays(i), open, Math.Max(open, close) * 1.002m, Math.Min(open, close) * 0.998m, close, volume);
        }
        return bars;
    }

    public static InstrumentHistory History(string symbol, IReadOnlyList<decimal> closes, decimal volume = 1_000m, decimal? position = 0m) =>
        new(GenericVenue.Instrument(symbol), Bars(closes, volume), TimeSpan.FromDays(1), position);

    public static InstrumentHistory History(string symbol, Bar[] bars, decimal? position = 0m) =>
        new(GenericVenue.Instrument(symbol), bars, TimeSpan.FromDays(1), position);

    /// <summary>Closes that step by the given percentages in turn, from 100.</summary>
    public static decimal[] Steps(int count, params decimal[] percents)
    {
        var closes = new decimal[count];
        var close = 100m;
        for (var i = 0; i < count; i++)
        {
            if (i > 0) close = decimal.Round(close * (1 + percents[(i - 1) % percents.Length] / 100m), 4);
            closes[i] = close;
        }
        return closes;
    }

    /// <summary><paramref name="count"/> − 1 flat-ish closes (±0.1 %) and a last close moved by <paramref name="lastMovePct"/>.</summary>
    public static decimal[] QuietThenMove(int count, decimal lastMovePct)
    {
        var closes = Steps(count, 0.1m, -0.1m);
        closes[^1] = decimal.Round(closes[^2] * (1 + lastMovePct / 100m), 4);
        return closes;
    }

    /// <summary>Two steps up for one down: a steady uptrend with RSI14 near 67, ending on a small pull-back.</summary>
    public static readonly decimal[] Uptrend = Steps(81, 2m, -1m);

    /// <summary>The mirror image of <see cref="Uptrend"/>.</summary>
    public static readonly decimal[] Downtrend = Steps(81, -2m, 1m);

    /// <summary>Sixty quiet closes, then six 3 % falls: RSI14 deep in oversold on a down bar.</summary>
    public static decimal[] Oversold()
    {
        var closes = Steps(66, 0.3m, -0.3m);
        for (var i = 60; i < closes.Length; i++) closes[i] = decimal.Round(closes[i - 1] * 0.97m, 4);
        return closes;
    }

    /// <summary>Planning time just after the last of <paramref name="count"/> bars closed.</summary>
    public static DateTimeOffset AsOfAfter(int count) => Start.AddDays(count);
}
