using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators.Tests.Support;

/// <summary>Streams bars through an indicator via the generic interface, recording every line after every bar.</summary>
internal static class StreamLines
{
    public static double?[][] Run(IIndicator indicator, IReadOnlyList<Bar> bars)
    {
        var lines = Enumerable.Range(0, indicator.LineCount).Select(_ => new double?[bars.Count]).ToArray();
        for (var i = 0; i < bars.Count; i++)
        {
            indicator.Update(bars[i]);
            for (var l = 0; l < lines.Length; l++)
                lines[l][i] = indicator.TryGetLine(l, out var v) ? v : null;
        }

        return lines;
    }

    /// <summary>True when both are null or both hold the same bits (so 0.0 and −0.0 differ, as do distinct NaNs).</summary>
    public static bool SameBits(double? a, double? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
            _ => false,
        };
}
