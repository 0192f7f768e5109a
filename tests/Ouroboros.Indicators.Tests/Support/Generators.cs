using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Indicators.Tests.Support;

/// <summary>FsCheck generators for realistic price paths and OHLCV bars, including flat stretches.</summary>
internal static class Generators
{
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A positive random walk: per-step moves of up to ±5% (one in four steps flat), start 0.01..100000.</summary>
    public static Gen<double[]> Prices(int maxLength = 200) =>
        from start in Gen.Choose(1, 10_000_000)
        from length in Gen.Choose(0, maxLength)
        from steps in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(-500, 500))), length)
        select Walk(start / 100.0, steps);

    public static Gen<Bar[]> Bars(int maxLength = 200) =>
        from closes in Prices(maxLength)
        from spreads in Gen.ArrayOf(Gen.Choose(0, 300), closes.Length)
        from volumes in Gen.ArrayOf(Gen.Choose(0, 1_000_000), closes.Length)
        select ToBars(closes, spreads, volumes);

    public static Arbitrary<double[]> PriceArb => Arb.From(Prices());

    public static Arbitrary<Bar[]> BarArb => Arb.From(Bars());

    private static double[] Walk(double start, int[] steps)
    {
        var prices = new double[steps.Length];
        var price = start;
        for (var i = 0; i < steps.Length; i++)
        {
            price *= 1 + (steps[i] / 10_000.0);
            prices[i] = Math.Round(price, 4);
            if (prices[i] <= 0) prices[i] = 0.0001;
        }

        return prices;
    }

    private static Bar[] ToBars(double[] closes, int[] spreads, int[] volumes)
    {
        var bars = new Bar[closes.Length];
        for (var i = 0; i < closes.Length; i++)
        {
            var close = (decimal)closes[i];
            var open = i == 0 ? close : (decimal)closes[i - 1];
            var spread = Math.Max(open, close) * spreads[i] / 10_000m;
            var high = Math.Max(open, close) + spread;
            var low = Math.Max(Math.Min(open, close) - spread, 0.00001m);
            bars[i] = new Bar(Start.AddDays(i), open, high, low, close, volumes[i]);
        }

        return bars;
    }
}
