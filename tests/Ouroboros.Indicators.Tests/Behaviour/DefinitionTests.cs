using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Volume;

namespace Ouroboros.Indicators.Tests.Behaviour;

/// <summary>Indicators without a reference baseline, checked against their definitions on real data.</summary>
public sealed class DefinitionTests
{
    private static double[] Closes => QuotesCsv.Closes;

    [Fact]
    public void Momentum_is_the_percent_return_from_252_to_21_bars_ago_by_default()
    {
        var momentum = new Momentum();
        (momentum.Lookback, momentum.Skip, momentum.Name).ShouldBe((252, 21, "mom:252,21"));
        var values = Capture.Values(Closes, momentum, x => x.Value);
        for (var t = 0; t < Closes.Length; t++)
        {
            if (t < 252)
            {
                values[t].ShouldBeNull();
                continue;
            }

            values[t]!.Value.ShouldBe(100 * ((Closes[t - 21] / Closes[t - 252]) - 1), 1e-12);
        }
    }

    [Fact]
    public void Momentum_without_skip_equals_roc_bit_for_bit()
    {
        var momentum = Capture.Values(Closes, new Momentum(12, 0), x => x.Value);
        var roc = Capture.Values(Closes, new Roc(12), x => x.Value);
        momentum.ShouldBe(roc);
    }

    [Fact]
    public void Triple_rsi_lines_are_three_rsis_and_the_sma_of_their_mean()
    {
        var triple = new TripleRsi(7, 14, 21, 9);
        triple.LineNames.ShouldBe(["rsi7", "rsi14", "rsi21", "signal"]);
        var (r7, r14, r21) = (new Rsi(7), new Rsi(14), new Rsi(21));
        var signal = new Sma(9);
        foreach (var close in Closes)
        {
            triple.Update(close);
            r7.Update(close);
            r14.Update(close);
            r21.Update(close);
            if (r21.Value is { } slow) signal.Update((r7.Value!.Value + r14.Value!.Value + slow) / 3);
            triple.Fast.ShouldBe(r7.Value);
            triple.Mid.ShouldBe(r14.Value);
            triple.Slow.ShouldBe(r21.Value);
            if (signal.Value is { } s) triple.Signal!.Value.ShouldBe(s, 1e-12);
            else triple.Signal.ShouldBeNull();
        }

        triple.WarmupPeriod.ShouldBe(30);
    }

    [Fact]
    public void Volume_ratio_is_volume_over_the_average_volume_including_the_current_bar()
    {
        var bars = QuotesCsv.Default;
        var ratio = Capture.Bars(bars, new VolumeRatio(20), x => x.Value);
        for (var t = 0; t < bars.Length; t++)
        {
            if (t < 19)
            {
                ratio[t].ShouldBeNull();
                continue;
            }

            var average = bars.Skip(t - 19).Take(20).Average(b => (double)b.Volume);
            ratio[t]!.Value.ShouldBe((double)bars[t].Volume / average, 1e-12);
        }
    }

    [Fact]
    public void Obv_starts_at_zero_on_the_first_bar()
    {
        var obv = new Obv();
        obv.Value.ShouldBeNull();
        obv.Update(QuotesCsv.Default[0]);
        obv.Value.ShouldBe(0);
    }
}
