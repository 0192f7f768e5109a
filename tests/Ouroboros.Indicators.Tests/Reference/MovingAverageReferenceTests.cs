using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Trend;

namespace Ouroboros.Indicators.Tests.Reference;

public sealed class MovingAverageReferenceTests
{
    private static double[] Closes => QuotesCsv.Closes;

    [Fact]
    public void Sma_matches_every_reference_spot_check()
    {
        var period = SpotPeriod("SMA");
        SpotChecks.Verify("SMA", Capture.OverValues(Closes, new Sma(period), ("sma", x => x.Value)));
    }

    [Fact]
    public void Sma_matches_reference_at_every_bar() =>
        Baselines.Verify("sma", "sma", Capture.Values(Closes, new Sma(BaselinePeriod("sma")), x => x.Value));

    [Fact]
    public void Ema_matches_every_reference_spot_check() =>
        SpotChecks.Verify("EMA", Capture.OverValues(Closes, new Ema(SpotPeriod("EMA")), ("ema", x => x.Value)));

    [Fact]
    public void Ema_of_open_matches_every_reference_spot_check()
    {
        var opens = QuotesCsv.Select(b => b.Open);
        SpotChecks.Verify("EMA(open)", Capture.OverValues(opens, new Ema(SpotPeriod("EMA(open)")), ("ema", x => x.Value)));
    }

    [Fact]
    public void Ema_matches_reference_at_every_bar() =>
        Baselines.Verify("ema", "ema", Capture.Values(Closes, new Ema(BaselinePeriod("ema")), x => x.Value));

    [Fact]
    public void Wma_matches_every_reference_spot_check() =>
        SpotChecks.Verify("WMA", Capture.OverValues(Closes, new Wma(SpotPeriod("WMA")), ("wma", x => x.Value)));

    [Fact]
    public void Wma_matches_reference_at_every_bar()
    {
        // The baseline was generated with 14, the spot checks with 20 (see full_baselines.caution).
        BaselinePeriod("wma").ShouldBe(14);
        Baselines.Verify("wma", "wma", Capture.Values(Closes, new Wma(14), x => x.Value));
    }

    [Fact]
    public void Smma_matches_every_reference_spot_check() =>
        SpotChecks.Verify("SMMA", Capture.OverValues(Closes, new Smma(SpotPeriod("SMMA")), ("smma", x => x.Value)));

    [Fact]
    public void Smma_matches_reference_at_every_bar() =>
        Baselines.Verify("smma", "smma", Capture.Values(Closes, new Smma(BaselinePeriod("smma")), x => x.Value));

    [Fact]
    public void Macd_matches_every_reference_spot_check()
    {
        var a = ReferenceFile.Arguments(ReferenceFile.Group("MACD").Call);
        SpotChecks.Verify("MACD", Capture.OverValues(Closes, new Macd((int)a[0], (int)a[1], (int)a[2]),
            ("macd", x => x.Value), ("signal", x => x.Signal), ("histogram", x => x.Histogram),
            ("fastEma", x => x.FastEma), ("slowEma", x => x.SlowEma)));
    }

    [Theory]
    [InlineData("macd")]
    [InlineData("signal")]
    [InlineData("histogram")]
    [InlineData("fastEma")]
    [InlineData("slowEma")]
    public void Macd_matches_reference_at_every_bar(string field)
    {
        var a = ReferenceFile.Arguments(ReferenceFile.BaselineCall("macd")!);
        var ours = Capture.OverValues(Closes, new Macd((int)a[0], (int)a[1], (int)a[2]),
            ("macd", x => x.Value), ("signal", x => x.Signal), ("histogram", x => x.Histogram),
            ("fastEma", x => x.FastEma), ("slowEma", x => x.SlowEma));
        Baselines.Verify("macd", field, ours[field]);
    }

    internal static int SpotPeriod(string indicator) =>
        (int)ReferenceFile.Arguments(ReferenceFile.Group(indicator).Call).Single();

    internal static int BaselinePeriod(string baseline) =>
        (int)ReferenceFile.Arguments(ReferenceFile.BaselineCall(baseline)!).Single();
}
