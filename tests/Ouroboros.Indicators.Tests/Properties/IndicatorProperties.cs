using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;
using Ouroboros.Indicators.Batch;
using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Indicators.Tests.Properties;

public sealed class IndicatorProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void Streaming_equals_batch_for_any_series_and_indicator() =>
        Check.One(Config, Prop.ForAll(Generators.BarArb, bars =>
        {
            foreach (var spec in IndicatorZoo.All)
            {
                var streamed = StreamLines.Run(IndicatorZoo.Create(spec), bars);
                var batch = IndicatorBatch.Run(IndicatorZoo.Create(spec), bars);
                for (var l = 0; l < streamed.Length; l++)
                {
                    for (var i = 0; i < bars.Length; i++)
                    {
                        if (!StreamLines.SameBits(streamed[l][i], batch.Line(l)[i])) return false;
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Values_are_never_nan_or_infinite() =>
        Check.One(Config, Prop.ForAll(Generators.BarArb, bars =>
        {
            foreach (var spec in IndicatorZoo.All)
            {
                var indicator = IndicatorZoo.Create(spec);
                foreach (var bar in bars)
                {
                    indicator.Update(bar);
                    for (var l = 0; l < indicator.LineCount; l++)
                    {
                        if (indicator.TryGetLine(l, out var v) && !double.IsFinite(v)) return false;
                    }
                }
            }

            return true;
        }));

    [Fact]
    public void Sma_of_a_constant_series_equals_the_constant()
    {
        var cases = from constant in Gen.Choose(-1_000_000, 1_000_000).Select(c => c / 7.0)
                    from period in Gen.Choose(1, 60)
                    from length in Gen.Choose(0, 300)
                    select (constant, period, length);
        Check.One(Config, Prop.ForAll(Arb.From(cases), c =>
        {
            var sma = new Sma(c.period);
            // The exact sum n·c times the rounded reciprocal 1/n can land an ulp or two away from c.
            var ulp = Math.BitIncrement(Math.Abs(c.constant)) - Math.Abs(c.constant);
            for (var i = 0; i < c.length; i++)
            {
                sma.Update(c.constant);
                if (sma.Value is { } v && Math.Abs(v - c.constant) > 2 * ulp) return false;
                if (sma.Value is null != (i + 1 < c.period)) return false;
            }

            return true;
        }));
    }

    [Fact]
    public void Standard_deviation_and_band_width_of_a_constant_series_are_exactly_zero() =>
        Check.One(Config, Prop.ForAll(Arb.From(Gen.Choose(1, 10_000_000).Select(c => c / 100.0)), constant =>
        {
            var stdev = new StandardDeviation(5);
            var bands = new BollingerBands(5, 2);
            for (var i = 0; i < 40; i++)
            {
                stdev.Update(constant);
                bands.Update(constant);
            }

            return stdev.Value == 0 && bands.Upper == constant && bands.Lower == constant;
        }));

    [Fact]
    public void Rsi_stays_within_0_and_100() =>
        Check.One(Config, Prop.ForAll(Generators.PriceArb, prices =>
        {
            var rsis = new[] { new Rsi(1), new Rsi(2), new Rsi(14) };
            foreach (var p in prices)
            {
                foreach (var rsi in rsis)
                {
                    rsi.Update(p);
                    if (rsi.Value is { } v && v is < 0 or > 100) return false;
                }
            }

            return true;
        }));

    [Fact]
    public void Highest_is_never_below_lowest() =>
        Check.One(Config, Prop.ForAll(Generators.BarArb, bars =>
        {
            var (highest, lowest) = (new Highest(5), new Lowest(5));
            var (highestClose, lowestClose) = (new Highest(3), new Lowest(3));
            foreach (var bar in bars)
            {
                highest.Update(bar);
                lowest.Update(bar);
                highestClose.Update((double)bar.Close);
                lowestClose.Update((double)bar.Close);
                if (highest.Value < lowest.Value || highestClose.Value < lowestClose.Value) return false;
                if (highest.Value is { } h && h < (double)bar.High) return false;
                if (lowest.Value is { } l && l > (double)bar.Low) return false;
            }

            return true;
        }));

    [Fact]
    public void Stochastic_and_williams_r_stay_within_their_ranges() =>
        Check.One(Config, Prop.ForAll(Generators.BarArb, bars =>
        {
            var stoch = new Stochastic(5, 3, 3);
            var willr = new WilliamsR(5);
            foreach (var bar in bars)
            {
                stoch.Update(bar);
                willr.Update(bar);
                if (stoch.K is < 0 or > 100 || stoch.D is < 0 or > 100 || willr.Value is < -100 or > 0) return false;
            }

            return true;
        }));

    [Fact]
    public void Highest_and_lowest_equal_a_brute_force_scan() =>
        Check.One(Config, Prop.ForAll(Arb.From(Generators.Prices().Zip(Gen.Choose(1, 12))), input =>
        {
            var (prices, period) = input;
            var (highest, lowest) = (new Highest(period), new Lowest(period));
            for (var i = 0; i < prices.Length; i++)
            {
                highest.Update(prices[i]);
                lowest.Update(prices[i]);
                if (i + 1 < period) continue;
                var window = prices.AsSpan(i + 1 - period, period);
                if (highest.Value != Max(window) || lowest.Value != Min(window)) return false;
            }

            return true;
        }));

    private static double Max(ReadOnlySpan<double> xs)
    {
        var m = double.MinValue;
        foreach (var x in xs) m = Math.Max(m, x);
        return m;
    }

    private static double Min(ReadOnlySpan<double> xs)
    {
        var m = double.MaxValue;
        foreach (var x in xs) m = Math.Min(m, x);
        return m;
    }
}
