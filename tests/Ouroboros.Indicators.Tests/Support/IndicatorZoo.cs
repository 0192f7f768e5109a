using Ouroboros.Indicators.Specs;

namespace Ouroboros.Indicators.Tests.Support;

/// <summary>Specs covering every catalog indicator, with defaults and with short periods that warm up quickly.</summary>
internal static class IndicatorZoo
{
    public static IReadOnlyList<string> DefaultSpecs { get; } = IndicatorCatalog.All.Select(d => d.Name).ToArray();

    public static IReadOnlyList<string> ShortSpecs { get; } =
    [
        "sma:3", "ema:3", "wma:3", "smma:3", "rsi:3", "trsi:2,3,4,3", "macd:2,4,3", "stoch:4,2,2", "stoch:3,1,1",
        "roc:2", "mom:5,2", "mom:3,0", "adx:3", "cci:3", "willr:3", "atr:3", "bb:3,2", "bb:1,1.5", "stdev:3",
        "highest:3", "lowest:3", "volratio:3", "sma:1",
    ];

    public static IReadOnlyList<string> All { get; } = DefaultSpecs.Concat(ShortSpecs).Distinct().ToArray();

    public static IIndicator Create(string spec) => IndicatorSpec.Parse(spec).Create();
}
