using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Volatility;
using Ouroboros.Indicators.Volume;

namespace Ouroboros.Ai.Prompts;

/// <summary>Runs the prompt's indicators over a timeframe's bars and keeps the values of the last bar.</summary>
internal static class IndicatorSnapshot
{
    public static TimeframeIndicators Of(IReadOnlyList<Bar> bars, int count)
    {
        var rsi = new Rsi(14);
        var atr = new Atr(14);
        var volume = new VolumeRatio(20);
        var roc = new Roc(10);
        for (var i = 0; i < count; i++)
        {
            var bar = bars[i];
            rsi.Update(in bar);
            atr.Update(in bar);
            volume.Update(in bar);
            roc.Update(in bar);
        }
        return new TimeframeIndicators(rsi.Value, atr.Value, volume.Value, roc.Value);
    }
}
