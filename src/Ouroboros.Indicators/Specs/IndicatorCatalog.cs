using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volatility;
using Ouroboros.Indicators.Volume;

namespace Ouroboros.Indicators.Specs;

/// <summary>Every indicator that <see cref="IndicatorSpec.Parse"/> knows, with parameter help for the CLI.</summary>
public static class IndicatorCatalog
{
    private static readonly IndicatorDefinition[] Definitions =
    [
        new("sma", "simple moving average of close", "value", [P("period", 20)], a => new Sma(I(a, 0))),
        new("ema", "exponential moving average of close, SMA-seeded", "value", [P("period", 20)], a => new Ema(I(a, 0))),
        new("wma", "linearly weighted moving average of close", "value", [P("period", 20)], a => new Wma(I(a, 0))),
        new("smma", "Wilder smoothed moving average of close, SMA-seeded", "value", [P("period", 20)], a => new Smma(I(a, 0))),
        new("rsi", "Wilder RSI of close (0..100)", "value", [P("period", 14)], a => new Rsi(I(a, 0))),
        new("trsi", "RSIs fast/mid/slow of close plus signal = SMA of their mean", "rsi{fast}|rsi{mid}|rsi{slow}|signal",
            [P("fast", 7), P("mid", 14), P("slow", 21), P("signal", 9)],
            a => new TripleRsi(I(a, 0), I(a, 1), I(a, 2), I(a, 3)),
            a => a[0] < a[1] && a[1] < a[2] ? null : "RSI periods must be increasing (fast < mid < slow)"),
        new("macd", "MACD of close: fast EMA - slow EMA, signal EMA, histogram", "macd|signal|histogram",
            [P("fast", 12), P("slow", 26), P("signal", 9)],
            a => new Macd(I(a, 0), I(a, 1), I(a, 2)),
            a => a[0] < a[1] ? null : "fast period must be shorter than slow period"),
        new("stoch", "slow stochastic: %K = SMA(smooth) of raw %K(lookback), %D = SMA(signal) of %K", "k|d",
            [P("lookback", 14), P("signal", 3), P("smooth", 3)],
            a => new Stochastic(I(a, 0), I(a, 1), I(a, 2))),
        new("roc", "rate of change of close in percent", "value", [P("period", 12)], a => new Roc(I(a, 0))),
        new("mom", "skip momentum in percent: return from close[t-lookback] to close[t-skip]", "value",
            [P("lookback", 252), new("skip", 21, WholeNumber: true, Minimum: 0, Maximum: Internal.Require.MaxPeriod)],
            a => new Momentum(I(a, 0), I(a, 1)),
            a => a[1] < a[0] ? null : "skip must be less than lookback"),
        new("adx", "Wilder directional movement: +DI, -DI, ADX", "plus_di|minus_di|adx", [P("period", 14)], a => new Adx(I(a, 0))),
        new("cci", "commodity channel index of typical price", "value", [P("period", 20)], a => new Cci(I(a, 0))),
        new("willr", "Williams %R (-100..0)", "value", [P("period", 14)], a => new WilliamsR(I(a, 0))),
        new("atr", "Wilder average true range", "value", [P("period", 14)], a => new Atr(I(a, 0))),
        new("bb", "Bollinger Bands: SMA(period) +/- k population stdevs", "upper|middle|lower",
            [P("period", 20), new("k", 2, WholeNumber: false, Minimum: 0.001, Maximum: 100)],
            a => new BollingerBands(I(a, 0), a[1])),
        new("stdev", "population standard deviation of close", "value", [P("period", 20)], a => new StandardDeviation(I(a, 0))),
        new("highest", "highest high over period bars (current bar included)", "value", [P("period", 20)], a => new Highest(I(a, 0))),
        new("lowest", "lowest low over period bars (current bar included)", "value", [P("period", 20)], a => new Lowest(I(a, 0))),
        new("obv", "on-balance volume", "value", [], _ => new Obv()),
        new("volratio", "volume / SMA(volume, period), current bar included", "value", [P("period", 20)], a => new VolumeRatio(I(a, 0))),
    ];

    public static IReadOnlyList<IndicatorDefinition> All { get; } = Array.AsReadOnly(Definitions);

    /// <summary>All usages on one line, e.g. for error messages: <c>sma[:period=20], ema[:period=20], ...</c>.</summary>
    public static string Usage { get; } = string.Join(", ", Definitions.Select(d => d.Usage));

    /// <summary>One line per indicator: usage, summary and line names.</summary>
    public static string Help { get; } = string.Join(Environment.NewLine, Definitions.Select(d => d.Help));

    /// <summary>The definition with this spec name (case-insensitive), or null.</summary>
    public static IndicatorDefinition? Find(string name)
    {
        foreach (var definition in Definitions)
        {
            if (string.Equals(definition.Name, name, StringComparison.OrdinalIgnoreCase)) return definition;
        }

        return null;
    }

    private static IndicatorParameter P(string name, int defaultValue) => IndicatorParameter.Period(name, defaultValue);

    private static int I(double[] arguments, int index) => (int)arguments[index];
}
