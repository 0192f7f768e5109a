using Ouroboros.Domain.Instruments;

namespace Ouroboros.Domain.Bars;

/// <summary>
/// An ordered, validated series of bars for one instrument. Adjusted closes, when the source has them,
/// are kept beside the bars and used only when a caller asks for them.
/// </summary>
public sealed class BarSeries
{
    private readonly Bar[] _bars;
    private readonly decimal[]? _adjustedCloses;

    public BarSeries(Instrument instrument, BarInterval interval, Bar[] bars, decimal[]? adjustedCloses = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(bars);
        if (adjustedCloses is not null && adjustedCloses.Length != bars.Length)
            throw new ArgumentException("Adjusted closes must align one to one with the bars.", nameof(adjustedCloses));
        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].Time <= bars[i - 1].Time)
                throw new ArgumentException($"Bars must be strictly ascending in time; bar {i} at {bars[i].Time:O} is not after {bars[i - 1].Time:O}.", nameof(bars));
        }
        Instrument = instrument;
        Interval = interval;
        _bars = bars;
        _adjustedCloses = adjustedCloses;
        Source = source;
    }

    public Instrument Instrument { get; }
    public BarInterval Interval { get; }
    public string? Source { get; }
    public int Count => _bars.Length;
    public bool HasAdjustedCloses => _adjustedCloses is not null;
    public ReadOnlySpan<Bar> Bars => _bars;
    public ReadOnlySpan<decimal> AdjustedCloses => _adjustedCloses;
    public ref readonly Bar this[int index] => ref _bars[index];

    public DateTimeOffset? First => _bars.Length == 0 ? null : _bars[0].Time;
    public DateTimeOffset? Last => _bars.Length == 0 ? null : _bars[^1].Time;

    /// <summary>
    /// A copy whose OHLC are scaled by adjusted close / close per bar (volume unchanged), for total-return research.
    /// </summary>
    public BarSeries WithAdjustedPrices()
    {
        if (_adjustedCloses is null)
            throw new InvalidOperationException($"{Source ?? Instrument.Symbol} has no adjusted close column; adjusted prices need a Yahoo-style file with adj_close.");
        var adjusted = new Bar[_bars.Length];
        for (var i = 0; i < _bars.Length; i++)
        {
            var b = _bars[i];
            var f = _adjustedCloses[i] / b.Close;
            adjusted[i] = b with { Open = b.Open * f, High = b.High * f, Low = b.Low * f, Close = _adjustedCloses[i] };
        }
        return new BarSeries(Instrument, Interval, adjusted, null, Source);
    }

    /// <summary>The bars with <paramref name="from"/> ≤ time ≤ <paramref name="to"/> (either bound optional).</summary>
    public BarSeries Slice(DateTimeOffset? from, DateTimeOffset? to)
    {
        var start = from is { } f ? IndexAtOrAfter(f) : 0;
        var end = _bars.Length;
        if (to is { } t) while (end > start && _bars[end - 1].Time > t) end--;
        var bars = _bars[start..end];
        var adj = _adjustedCloses?[start..end];
        return new BarSeries(Instrument, Interval, bars, adj, Source);
    }

    /// <summary>The index of the first bar at or after <paramref name="time"/>; <see cref="Count"/> when there is none.</summary>
    public int IndexAtOrAfter(DateTimeOffset time)
    {
        int lo = 0, hi = _bars.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_bars[mid].Time < time) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
