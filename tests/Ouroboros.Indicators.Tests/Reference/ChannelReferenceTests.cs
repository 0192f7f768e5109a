using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Indicators.Tests.Reference;

/// <summary>
/// Donchian and Keltner channels are not indicators of ours, but they are built from ours, so their reference
/// values cross-check Highest/Lowest and EMA/ATR from another angle.
/// </summary>
public sealed class ChannelReferenceTests
{
    [Fact]
    public void Highest_and_lowest_of_the_previous_bar_match_the_donchian_spot_checks()
    {
        var period = MovingAverageReferenceTests.SpotPeriod("Donchian");
        SpotChecks.Verify("Donchian", Donchian(period));
    }

    [Theory]
    [InlineData("upperBand")]
    [InlineData("lowerBand")]
    [InlineData("centerline")]
    [InlineData("width")]
    public void Highest_and_lowest_of_the_previous_bar_match_the_donchian_reference_at_every_bar(string field) =>
        Baselines.Verify("donchian", field, Donchian(MovingAverageReferenceTests.BaselinePeriod("donchian"))[field]);

    [Fact]
    public void Ema_and_atr_compose_to_the_keltner_spot_checks()
    {
        var a = ReferenceFile.Arguments(ReferenceFile.Group("Keltner").Call);
        SpotChecks.Verify("Keltner", Keltner((int)a[0], a[1], (int)a[2]));
    }

    [Theory]
    [InlineData("upperBand")]
    [InlineData("centerline")]
    [InlineData("lowerBand")]
    [InlineData("width")]
    public void Ema_and_atr_compose_to_the_keltner_reference_at_every_bar(string field)
    {
        var a = ReferenceFile.Arguments(ReferenceFile.BaselineCall("keltner")!);
        Baselines.Verify("keltner", field, Keltner((int)a[0], a[1], (int)a[2])[field]);
    }

    // Skender's Donchian excludes the current bar, ours includes it: the band at bar i is our value at bar i−1.
    private static Dictionary<string, double?[]> Donchian(int period)
    {
        var bars = QuotesCsv.Default;
        var upper = Capture.Bars(bars, new Highest(period), x => x.Value);
        var lower = Capture.Bars(bars, new Lowest(period), x => x.Value);
        var result = new Dictionary<string, double?[]>
        {
            ["upperBand"] = new double?[bars.Length],
            ["lowerBand"] = new double?[bars.Length],
            ["centerline"] = new double?[bars.Length],
            ["width"] = new double?[bars.Length],
        };
        for (var i = 1; i < bars.Length; i++)
        {
            if (upper[i - 1] is not { } u || lower[i - 1] is not { } l) continue;
            var centre = (u + l) / 2;
            (result["upperBand"][i], result["lowerBand"][i], result["centerline"][i]) = (u, l, centre);
            result["width"][i] = centre == 0 ? null : (u - l) / centre;
        }

        return result;
    }

    private static Dictionary<string, double?[]> Keltner(int emaPeriod, double multiplier, int atrPeriod)
    {
        var bars = QuotesCsv.Default;
        var centre = Capture.Bars(bars, new Ema(emaPeriod), x => x.Value);
        var atr = Capture.Bars(bars, new Atr(atrPeriod), x => x.Value);
        var result = new[] { "upperBand", "centerline", "lowerBand", "width" }.ToDictionary(f => f, _ => new double?[bars.Length]);
        for (var i = 0; i < bars.Length; i++)
        {
            if (centre[i] is not { } c || atr[i] is not { } a) continue;
            result["centerline"][i] = c;
            result["upperBand"][i] = c + (multiplier * a);
            result["lowerBand"][i] = c - (multiplier * a);
            result["width"][i] = c == 0 ? null : 2 * multiplier * a / c;
        }

        return result;
    }
}
