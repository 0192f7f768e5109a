using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Specs;

namespace Ouroboros.Indicators.Batch;

/// <summary>
/// Runs an indicator over a whole series. It drives the streaming class itself, so batch and streaming results
/// are identical by construction. The indicator is reset first.
/// </summary>
public static class IndicatorBatch
{
    public static IndicatorSeries Run(IIndicator indicator, ReadOnlySpan<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicator.Reset();
        var lines = Allocate(indicator.LineCount, bars.Length);
        for (var i = 0; i < bars.Length; i++)
        {
            indicator.Update(in bars[i]);
            Record(indicator, lines, i);
        }

        return new IndicatorSeries(indicator.Name, indicator.LineNames, lines, bars.Length);
    }

    public static IndicatorSeries Run(IPriceIndicator indicator, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicator.Reset();
        var lines = Allocate(indicator.LineCount, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            indicator.Update(values[i]);
            Record(indicator, lines, i);
        }

        return new IndicatorSeries(indicator.Name, indicator.LineNames, lines, values.Length);
    }

    /// <summary>Creates the indicator from <paramref name="spec"/> and runs it over <paramref name="bars"/>.</summary>
    public static IndicatorSeries Run(IndicatorSpec spec, ReadOnlySpan<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Run(spec.Create(), bars);
    }

    private static double?[][] Allocate(int lineCount, int length)
    {
        var lines = new double?[lineCount][];
        for (var l = 0; l < lineCount; l++) lines[l] = new double?[length];
        return lines;
    }

    private static void Record(IIndicator indicator, double?[][] lines, int index)
    {
        for (var l = 0; l < lines.Length; l++)
        {
            if (indicator.TryGetLine(l, out var value)) lines[l][index] = value;
        }
    }
}
