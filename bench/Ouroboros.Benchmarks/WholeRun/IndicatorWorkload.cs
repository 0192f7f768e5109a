using Ouroboros.Domain.Bars;
using Ouroboros.Indicators;
using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Specs;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volatility;
using Ouroboros.Indicators.Volume;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// W4: the cost of one <c>Update(in Bar)</c> of each catalog indicator over a real daily series repeated. Two paths:
/// <see cref="Direct"/> calls the concrete sealed class, as strategies do (the JIT may inline it);
/// <see cref="ViaInterface"/> calls through <see cref="IIndicator"/> from one shared call site, as the CLI's
/// indicator table does. Both include converting the bar's decimal prices to double, which the indicators do.
/// </summary>
public static class IndicatorWorkload
{
    /// <summary>The specs measured, in report order (spec text as given; omitted parameters take their defaults).</summary>
    public static IReadOnlyList<string> Specs { get; } =
    [
        "sma:30", "ema:30", "wma:30", "smma:30", "rsi:14", "atr:14", "macd:12,26,9", "bb:20,2", "stoch:14,3,3", "roc:12",
        "mom", "adx:14", "cci:20", "willr:14", "obv", "volratio:20", "highest:20", "lowest:20", "stdev:20", "trsi",
    ];

    /// <summary>Runs <paramref name="repetitions"/> passes over <paramref name="bars"/>; returns the indicator's final lines.</summary>
    public static double?[] Run(IIndicator indicator, Bar[] bars, int repetitions, bool viaInterface)
    {
        Loop(indicator, viaInterface)(bars, repetitions);
        return Lines(indicator);
    }

    /// <summary>The update loop for this indicator: (bars, repetitions) → that many passes of Update(in Bar) over the bars.</summary>
    public static Action<Bar[], int> Loop(IIndicator indicator, bool viaInterface)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return viaInterface ? Interface(indicator) : Direct(indicator);
    }

    public static double?[] Lines(IIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var lines = new double?[indicator.LineCount];
        for (var l = 0; l < lines.Length; l++) lines[l] = indicator.TryGetLine(l, out var v) ? v : null;
        return lines;
    }

    private static Action<Bar[], int> Interface(IIndicator x) =>
        (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); };

    // One loop per concrete type, so that each call site is a direct (inlinable) call to a sealed method.
    private static Action<Bar[], int> Direct(IIndicator indicator) => indicator switch
    {
        Sma x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Ema x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Wma x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Smma x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Rsi x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Atr x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Macd x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        BollingerBands x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Stochastic x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Roc x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Momentum x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Adx x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Cci x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        WilliamsR x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Obv x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        VolumeRatio x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Highest x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        Lowest x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        StandardDeviation x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        TripleRsi x => (b, r) => { for (var k = 0; k < r; k++) foreach (ref readonly var bar in b.AsSpan()) x.Update(in bar); },
        _ => Interface(indicator),
    };

    /// <summary>A fresh indicator for a spec text.</summary>
    public static IIndicator Create(string spec) => IndicatorSpec.Parse(spec).Create();
}
