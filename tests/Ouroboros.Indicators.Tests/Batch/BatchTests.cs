using Ouroboros.Indicators.Batch;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Specs;
using Ouroboros.Indicators.Tests.Support;
using Ouroboros.Indicators.Volatility;

namespace Ouroboros.Indicators.Tests.Batch;

public sealed class BatchTests
{
    public static TheoryData<string> Specs => new(IndicatorZoo.All);

    [Theory]
    [MemberData(nameof(Specs))]
    public void Batch_equals_streaming_bit_for_bit_on_real_data(string spec)
    {
        var bars = QuotesCsv.Default;
        var streamed = StreamLines.Run(IndicatorZoo.Create(spec), bars);
        var batch = IndicatorBatch.Run(IndicatorSpec.Parse(spec), bars);

        batch.Count.ShouldBe(bars.Length);
        batch.LineNames.Count.ShouldBe(streamed.Length);
        for (var l = 0; l < streamed.Length; l++)
        {
            for (var i = 0; i < bars.Length; i++)
                StreamLines.SameBits(streamed[l][i], batch.Line(l)[i]).ShouldBeTrue($"{spec} line {l} bar {i}");
        }
    }

    [Fact]
    public void Batch_over_values_equals_batch_over_bar_closes()
    {
        var byValues = IndicatorBatch.Run(new BollingerBands(20, 2), QuotesCsv.Closes);
        var byBars = IndicatorBatch.Run(new BollingerBands(20, 2), QuotesCsv.Default);
        for (var l = 0; l < 3; l++)
        {
            for (var i = 0; i < byBars.Count; i++)
                StreamLines.SameBits(byValues.Line(l)[i], byBars.Line(l)[i]).ShouldBeTrue();
        }
    }

    [Fact]
    public void Batch_matches_the_typed_value_property()
    {
        var sma = new Sma(20);
        var typed = Capture.Values(QuotesCsv.Closes, sma, x => x.Value);
        var batch = IndicatorBatch.Run(new Sma(20), QuotesCsv.Closes);
        batch.Line("value").ShouldBe(typed);
    }

    [Fact]
    public void Batch_resets_the_indicator_before_running()
    {
        var sma = new Sma(5);
        for (var i = 0; i < 50; i++) sma.Update(1_000);
        var batch = IndicatorBatch.Run(sma, QuotesCsv.Closes);
        batch.Line(0).ShouldBe(IndicatorBatch.Run(new Sma(5), QuotesCsv.Closes).Line(0));
        batch.Line(0)[3].ShouldBeNull();
    }

    [Fact]
    public void Asking_a_batch_for_an_unknown_line_names_the_valid_lines()
    {
        var batch = IndicatorBatch.Run(new BollingerBands(), QuotesCsv.Closes);
        Should.Throw<ArgumentException>(() => batch.Line("mid")).Message.ShouldContain("upper, middle, lower");
    }
}
