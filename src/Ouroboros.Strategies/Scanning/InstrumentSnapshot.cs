using System.Globalization;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Strategies.Scanning;

/// <summary>
/// The figures of one instrument at its last bar, computed once from its history with the indicator library:
/// percent change from the previous close, range 100·(high − low)/close (as the scenario field <c>range_pct</c>),
/// 20-bar average volume and volume ratio (current bar included, as <c>volume_ratio</c>), Wilder RSI14 and ATR14,
/// SMA20 and SMA50 (null with fewer than 50 bars), and the 20-bar channel before the last bar.
/// </summary>
public sealed record InstrumentSnapshot(
    Instrument Instrument,
    DateTimeOffset LastBarTime,
    int BarCount,
    decimal Close,
    decimal PreviousClose,
    double ChangePct,
    double RangePct,
    decimal AverageVolume20,
    double VolumeRatio,
    double Rsi14,
    double Atr14,
    double Sma20,
    double? Sma50,
    decimal Highest20,
    decimal PriorHigh20,
    decimal PriorLow20,
    decimal? Position,
    decimal? AverageCost)
{
    private const int Window = 20;

    public bool IsHeld => Position is > 0;

    /// <summary>The snapshot, or null with the reason when the history lacks what the figures need.</summary>
    public static InstrumentSnapshot? TryCreate(InstrumentHistory history, int minBars, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(history);
        var bars = history.Bars;
        reason = null;
        if (bars.Count < Math.Max(minBars, Window + 1))
        {
            reason = bars.Count == 0 ? "no bars" : $"too few bars: {bars.Count} < {Math.Max(minBars, Window + 1)}";
            return null;
        }

        var rsi = new Rsi(14);
        var atr = new Atr(14);
        var sma20 = new Sma(20);
        var sma50 = new Sma(50);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            if (bar.Validate() is { } problem)
            {
                reason = $"invalid bar {bar.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {problem}";
                return null;
            }
            if (i > 0 && bar.Time <= bars[i - 1].Time)
            {
                reason = $"bars out of order at {bar.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
                return null;
            }
            rsi.Update(in bar);
            atr.Update(in bar);
            sma20.Update(in bar);
            sma50.Update(in bar);
        }

        var last = bars[^1];
        var previous = bars[^2];
        decimal volumeSum = 0m, priorHigh = decimal.MinValue, priorLow = decimal.MaxValue;
        for (var i = bars.Count - Window; i < bars.Count; i++) volumeSum += bars[i].Volume;
        for (var i = bars.Count - Window - 1; i < bars.Count - 1; i++)
        {
            priorHigh = Math.Max(priorHigh, bars[i].High);
            priorLow = Math.Min(priorLow, bars[i].Low);
        }

        var averageVolume = volumeSum / Window;
        if (averageVolume == 0m)
        {
            reason = "zero volume: the 20-bar average volume is 0";
            return null;
        }
        if (rsi.Value is not { } rsi14 || atr.Value is not { } atr14 || sma20.Value is not { } average20)
        {
            reason = "indicators not warmed up (RSI14, ATR14, SMA20)";
            return null;
        }

        return new InstrumentSnapshot(
            history.Instrument,
            last.Time,
            bars.Count,
            last.Close,
            previous.Close,
            (double)((last.Close - previous.Close) / previous.Close * 100m),
            (double)((last.High - last.Low) / last.Close * 100m),
            averageVolume,
            (double)(last.Volume / averageVolume),
            rsi14,
            atr14,
            average20,
            sma50.Value,
            Math.Max(priorHigh, last.High),
            priorHigh,
            priorLow,
            history.Position,
            history.AverageCost);
    }
}
