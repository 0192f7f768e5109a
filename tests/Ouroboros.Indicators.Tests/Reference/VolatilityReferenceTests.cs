using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Volatility;
using static Ouroboros.Indicators.Tests.Reference.MovingAverageReferenceTests;

namespace Ouroboros.Indicators.Tests.Reference;

public sealed class VolatilityReferenceTests
{
    private static double[] Closes => QuotesCsv.Closes;

    [Fact]
    public void Atr_matches_every_reference_spot_check() =>
        SpotChecks.Verify("ATR", Capture.OverBars(QuotesCsv.Default, new Atr(SpotPeriod("ATR")),
            ("tr", x => x.TrueRange), ("atr", x => x.Value), ("atrp", x => x.Percent)));

    [Theory]
    [InlineData("tr")]
    [InlineData("atr")]
    [InlineData("atrp")]
    public void Atr_matches_reference_at_every_bar(string field)
    {
        var ours = Capture.OverBars(QuotesCsv.Default, new Atr(BaselinePeriod("atr")),
            ("tr", x => x.TrueRange), ("atr", x => x.Value), ("atrp", x => x.Percent));
        Baselines.Verify("atr", field, ours[field]);
    }

    [Fact]
    public void Bollinger_bands_match_every_reference_spot_check()
    {
        var a = ReferenceFile.Arguments(ReferenceFile.Group("BollingerBands").Call);
        SpotChecks.Verify("BollingerBands", Bands((int)a[0], a[1]));
    }

    [Theory]
    [InlineData("sma")]
    [InlineData("upperBand")]
    [InlineData("lowerBand")]
    [InlineData("percentB")]
    [InlineData("zScore")]
    [InlineData("width")]
    public void Bollinger_bands_match_reference_at_every_bar(string field)
    {
        var a = ReferenceFile.Arguments(ReferenceFile.BaselineCall("bb")!);
        Baselines.Verify("bb", field, Bands((int)a[0], a[1])[field]);
    }

    [Fact]
    public void Standard_deviation_matches_every_reference_spot_check() =>
        SpotChecks.Verify("StdDev", Deviation(SpotPeriod("StdDev")));

    [Theory]
    [InlineData("stdDev")]
    [InlineData("mean")]
    [InlineData("zScore")]
    public void Standard_deviation_matches_reference_at_every_bar(string field)
    {
        // full_baselines.params does not record the stdev period. A population stdev over n values first appears at
        // bar n-1 and the baseline's first value is at bar 13, so n = 14; every later bar then confirms it.
        ReferenceFile.BaselineCall("stdev").ShouldBeNull();
        var period = BaselineFile.FirstValue("stdev", "stdDev") + 1;
        period.ShouldBe(14);
        Baselines.Verify("stdev", field, Deviation(period)[field]);
    }

    private static Dictionary<string, double?[]> Bands(int period, double k) =>
        Capture.OverValues(Closes, new BollingerBands(period, k),
            ("sma", x => x.Middle), ("upperBand", x => x.Upper), ("lowerBand", x => x.Lower),
            ("percentB", x => x.PercentB), ("zScore", x => x.ZScore), ("width", x => x.Width));

    private static Dictionary<string, double?[]> Deviation(int period) =>
        Capture.OverValues(Closes, new StandardDeviation(period),
            ("stdDev", x => x.Value), ("mean", x => x.Mean), ("zScore", x => x.ZScore));
}
