using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.TestKit;

/// <summary>Builds small, consistent bar series for tests.</summary>
public static class BarBuilder
{
    public static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Daily bars from closes; open = previous close (first: the close), high/low bracket open and close.</summary>
    public static BarSeries FromCloses(IReadOnlyList<decimal> closes, Instrument? instrument = null, DateTimeOffset? start = null, BarInterval? interval = null)
    {
        ArgumentNullException.ThrowIfNull(closes);
        var iv = interval ?? BarInterval.OneDay;
        var t0 = start ?? Start;
        var bars = new Bar[closes.Count];
        for (var i = 0; i < closes.Count; i++)
        {
            var open = i == 0 ? closes[0] : closes[i - 1];
            var close = closes[i];
            bars[i] = new Bar(t0 + iv.Length * i, open, Math.Max(open, close), Math.Min(open, close), close, 1000m);
        }
        return new BarSeries(instrument ?? GenericVenue.Instrument("TEST"), iv, bars, null, "test");
    }

    /// <summary>Explicit OHLC bars, one per day.</summary>
    public static BarSeries FromOhlc(IReadOnlyList<(decimal Open, decimal High, decimal Low, decimal Close)> ohlc, Instrument? instrument = null)
    {
        ArgumentNullException.ThrowIfNull(ohlc);
        var bars = ohlc.Select((b, i) => new Bar(Start.AddDays(i), b.Open, b.High, b.Low, b.Close, 1000m)).ToArray();
        return new BarSeries(instrument ?? GenericVenue.Instrument("TEST"), BarInterval.OneDay, bars, null, "test");
    }
}
