using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volatility;
using Ouroboros.Indicators.Volume;
using Ouroboros.TestKit;

namespace Ouroboros.Indicators.Tests.Behaviour;

/// <summary>
/// Flat markets and zero prices, where indicators divide by zero. These are where our definitions are pinned down
/// explicitly, and where a few differ from Skender's (noted per test).
/// </summary>
public sealed class DegenerateInputTests
{
    [Fact]
    public void Rsi_of_a_flat_series_is_50()
    {
        // Skender: null at the seed bar and 100 afterwards (0/0 then "no loss"); neither means "no pressure".
        var rsi = new Rsi(14);
        for (var i = 0; i < 40; i++) rsi.Update(100);
        rsi.Value.ShouldBe(50);
    }

    [Fact]
    public void Rsi_with_gains_and_no_losses_is_100()
    {
        var rsi = new Rsi(3);
        for (var i = 0; i < 10; i++) rsi.Update(100 + i);
        rsi.Value.ShouldBe(100);
    }

    [Fact]
    public void Stochastic_of_a_flat_window_is_zero_and_williams_r_is_minus_100_as_in_skender()
    {
        var stoch = new Stochastic(5, 3, 3);
        var willr = new WilliamsR(5);
        foreach (var bar in BarBuilder.Flat(20, 50))
        {
            stoch.Update(bar);
            willr.Update(bar);
        }

        (stoch.K, stoch.D, willr.Value).ShouldBe((0d, 0d, -100d));
    }

    [Fact]
    public void Cci_of_a_flat_window_is_ready_but_undefined()
    {
        var cci = new Cci(5);
        foreach (var bar in BarBuilder.Flat(10, 50)) cci.Update(bar);
        cci.IsReady.ShouldBeTrue();
        cci.Value.ShouldBeNull();
        cci.TryGetLine(0, out _).ShouldBeFalse();
    }

    [Fact]
    public void Adx_directional_indexes_are_null_while_the_true_range_is_zero()
    {
        var adx = new Adx(3);
        foreach (var bar in BarBuilder.Flat(10, 50)) adx.Update(bar);
        (adx.Plus, adx.Minus, adx.Value).ShouldBe((null, null, null));
    }

    [Fact]
    public void Bollinger_bands_of_a_flat_series_collapse_and_percent_b_is_undefined()
    {
        var bands = new BollingerBands(5, 2);
        for (var i = 0; i < 10; i++) bands.Update(42.5);
        (bands.Upper, bands.Middle, bands.Lower).ShouldBe((42.5, 42.5, 42.5));
        bands.PercentB.ShouldBeNull();
        bands.ZScore.ShouldBeNull();
        bands.Width.ShouldBe(0);
    }

    [Fact]
    public void Roc_and_momentum_are_undefined_when_the_base_price_is_zero()
    {
        var roc = new Roc(2);
        var momentum = new Momentum(2, 1);
        foreach (var x in new[] { 0.0, 1, 2 })
        {
            roc.Update(x);
            momentum.Update(x);
        }

        (roc.IsReady, roc.Value, roc.Momentum).ShouldBe((true, null, 2d));
        (momentum.IsReady, momentum.Value).ShouldBe((true, null));
    }

    [Fact]
    public void Volume_ratio_is_undefined_when_there_was_no_volume()
    {
        var ratio = new VolumeRatio(3);
        foreach (var bar in BarBuilder.Flat(5, 10, volume: 0)) ratio.Update(bar);
        ratio.IsReady.ShouldBeTrue();
        ratio.Value.ShouldBeNull();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_input_is_rejected_before_it_can_poison_the_state(double bad)
    {
        foreach (var spec in IndicatorZoo.All)
        {
            if (IndicatorZoo.Create(spec) is not IPriceIndicator indicator) continue;
            Should.Throw<ArgumentOutOfRangeException>(() => indicator.Update(bad), spec);
        }
    }
}
