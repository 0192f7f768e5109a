using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volume;
using static Ouroboros.Indicators.Tests.Reference.MovingAverageReferenceTests;

namespace Ouroboros.Indicators.Tests.Reference;

public sealed class TrendAndVolumeReferenceTests
{
    // ADXR (the mean of ADX now and n−1 bars ago) is not part of our ADX; the trading code has no use for it.
    private static readonly Dictionary<string, string> AdxrNotProduced = new() { ["adxr"] = "ADXR is not implemented" };

    [Fact]
    public void Adx_matches_every_reference_spot_check() =>
        SpotChecks.Verify("ADX", Directional(SpotPeriod("ADX")), AdxrNotProduced);

    [Theory]
    [InlineData("pdi")]
    [InlineData("mdi")]
    [InlineData("dx")]
    [InlineData("adx")]
    public void Adx_matches_reference_at_every_bar(string field) =>
        Baselines.Verify("adx", field, Directional(BaselinePeriod("adx"))[field]);

    [Fact]
    public void Obv_matches_every_reference_spot_check()
    {
        ReferenceFile.Arguments(ReferenceFile.Group("OBV").Call).ShouldBeEmpty();
        SpotChecks.Verify("OBV", Capture.OverBars(QuotesCsv.Default, new Obv(), ("obv", x => x.Value)));
    }

    [Fact]
    public void Obv_matches_reference_exactly_at_every_bar() =>
        Baselines.Verify("obv", "obv", Capture.Bars(QuotesCsv.Default, new Obv(), x => x.Value), tolerance: 0);

    private static Dictionary<string, double?[]> Directional(int period) =>
        Capture.OverBars(QuotesCsv.Default, new Adx(period),
            ("pdi", x => x.Plus), ("mdi", x => x.Minus), ("dx", x => x.Dx), ("adx", x => x.Value));
}
