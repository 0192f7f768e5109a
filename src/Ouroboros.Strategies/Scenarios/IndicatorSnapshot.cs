using Ouroboros.Domain.Bars;
using Ouroboros.Indicators;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// One instrument's streaming indicators for a <see cref="SnapshotLayout"/> and the latest value of every slot.
/// A missing value (no bar yet, indicator in warm-up or undefined) is NaN, never 0: every comparison with it is
/// unknown, so no condition can fire on it by accident. Not thread-safe; updates allocate nothing.
/// </summary>
public sealed class IndicatorSnapshot
{
    public const int Open = 0;
    public const int High = 1;
    public const int Low = 2;
    public const int Close = 3;
    public const int Volume = 4;
    public const int ChangePct = 5;
    public const int RangePct = 6;

    private readonly IIndicator[] _indicators;
    private readonly (int Indicator, int Line, int Slot)[] _lines;
    private readonly double[] _values;
    private double _previousClose = double.NaN;

    internal IndicatorSnapshot(SnapshotLayout layout)
    {
        Layout = layout;
        _indicators = layout.Indicators.Select(s => s.Create()).ToArray();
        _lines = [.. layout.Lines];
        _values = new double[layout.Width];
        Array.Fill(_values, double.NaN);
    }

    public SnapshotLayout Layout { get; }

    /// <summary>The current values by slot (see <see cref="SnapshotLayout.Columns"/>).</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Feeds a closed bar to every indicator and refreshes all slots.</summary>
    public void Update(in Bar bar)
    {
        var values = _values;
        WriteBarFields(in bar, values);
        _previousClose = (double)bar.Close;

        foreach (var indicator in _indicators) indicator.Update(in bar);
        foreach (var (indicator, line, slot) in _lines)
            values[slot] = _indicators[indicator].TryGetLine(line, out var value) ? value : double.NaN;
    }

    /// <summary>
    /// Writes into <paramref name="values"/> what a condition reads at a rescan with the bar in progress: the bar fields
    /// from <paramref name="partial"/> (change against the last closed bar's close) and every indicator as of the last
    /// closed bar. Nothing is updated: the partial bar never enters the indicators.
    /// </summary>
    public void ValuesWithPartial(in Bar partial, Span<double> values)
    {
        if (values.Length != _values.Length)
            throw new ArgumentException($"The buffer has {values.Length} slots; this layout has {_values.Length}.", nameof(values));
        _values.CopyTo(values);
        WriteBarFields(in partial, values);
    }

    /// <summary>
    /// The bar's own fields, and its change from the last closed bar's close (NaN before any closed bar, and the NaN
    /// propagates on its own).
    /// </summary>
    private void WriteBarFields(in Bar bar, Span<double> values)
    {
        var close = (double)bar.Close;
        var high = (double)bar.High;
        var low = (double)bar.Low;
        values[Open] = (double)bar.Open;
        values[High] = high;
        values[Low] = low;
        values[Close] = close;
        values[Volume] = (double)bar.Volume;
        values[ChangePct] = 100.0 * (close - _previousClose) / _previousClose;
        values[RangePct] = close > 0 ? 100.0 * (high - low) / close : double.NaN;
    }

    /// <summary>Back to the state before the first bar, without allocating.</summary>
    public void Reset()
    {
        foreach (var indicator in _indicators) indicator.Reset();
        Array.Fill(_values, double.NaN);
        _previousClose = double.NaN;
    }
}
