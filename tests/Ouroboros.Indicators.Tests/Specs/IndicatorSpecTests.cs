using Ouroboros.Indicators.Channels;
using Ouroboros.Indicators.MovingAverages;
using Ouroboros.Indicators.Oscillators;
using Ouroboros.Indicators.Specs;
using Ouroboros.Indicators.Trend;
using Ouroboros.Indicators.Volatility;
using Ouroboros.Indicators.Volume;

namespace Ouroboros.Indicators.Tests.Specs;

public sealed class IndicatorSpecTests
{
    [Theory]
    [InlineData("sma:30", typeof(Sma), "sma:30")]
    [InlineData("ema:20", typeof(Ema), "ema:20")]
    [InlineData("wma:20", typeof(Wma), "wma:20")]
    [InlineData("smma:20", typeof(Smma), "smma:20")]
    [InlineData("rsi:14", typeof(Rsi), "rsi:14")]
    [InlineData("bb:20,2", typeof(BollingerBands), "bb:20,2")]
    [InlineData("macd:12,26,9", typeof(Macd), "macd:12,26,9")]
    [InlineData("stoch:14,3,3", typeof(Stochastic), "stoch:14,3,3")]
    [InlineData("atr:14", typeof(Atr), "atr:14")]
    [InlineData("roc:12", typeof(Roc), "roc:12")]
    [InlineData("mom:252,21", typeof(Momentum), "mom:252,21")]
    [InlineData("adx:14", typeof(Adx), "adx:14")]
    [InlineData("cci:20", typeof(Cci), "cci:20")]
    [InlineData("willr:14", typeof(WilliamsR), "willr:14")]
    [InlineData("obv", typeof(Obv), "obv")]
    [InlineData("volratio:20", typeof(VolumeRatio), "volratio:20")]
    [InlineData("highest:20", typeof(Highest), "highest:20")]
    [InlineData("lowest:20", typeof(Lowest), "lowest:20")]
    [InlineData("stdev:20", typeof(StandardDeviation), "stdev:20")]
    [InlineData("trsi:7,14,21,9", typeof(TripleRsi), "trsi:7,14,21,9")]
    public void Every_documented_spec_creates_its_indicator(string text, Type type, string normalised)
    {
        var spec = IndicatorSpec.Parse(text);
        spec.Text.ShouldBe(normalised);
        var indicator = spec.Create();
        indicator.ShouldBeOfType(type);
        indicator.Name.ShouldBe(normalised);
    }

    [Theory]
    [InlineData("rsi", "rsi:14")]
    [InlineData("sma", "sma:20")]
    [InlineData("bb", "bb:20,2")]
    [InlineData("bb:50", "bb:50,2")]
    [InlineData("macd", "macd:12,26,9")]
    [InlineData("stoch:5", "stoch:5,3,3")]
    [InlineData("mom", "mom:252,21")]
    [InlineData("trsi", "trsi:7,14,21,9")]
    [InlineData("  BB : 20 , 2.0 ", "bb:20,2")]
    [InlineData("bb:20,2.50", "bb:20,2.5")]
    [InlineData("SMA:3e1", "sma:30")]
    public void Omitted_parameters_take_defaults_and_the_text_is_normalised(string text, string normalised) =>
        IndicatorSpec.Parse(text).Text.ShouldBe(normalised);

    [Fact]
    public void Single_line_columns_are_the_spec_text()
    {
        IndicatorSpec.Parse("sma:30").ColumnNames.ShouldBe(["sma:30"]);
        IndicatorSpec.Parse("rsi").ColumnNames.ShouldBe(["rsi:14"]);
    }

    [Theory]
    [InlineData("bb:20,2", "bb:20,2.upper|bb:20,2.middle|bb:20,2.lower")]
    [InlineData("macd:12,26,9", "macd:12,26,9.macd|macd:12,26,9.signal|macd:12,26,9.histogram")]
    [InlineData("stoch:14,3,3", "stoch:14,3,3.k|stoch:14,3,3.d")]
    [InlineData("adx:14", "adx:14.plus_di|adx:14.minus_di|adx:14.adx")]
    [InlineData("trsi:7,14,21,9", "trsi:7,14,21,9.rsi7|trsi:7,14,21,9.rsi14|trsi:7,14,21,9.rsi21|trsi:7,14,21,9.signal")]
    public void Multi_line_columns_are_the_spec_text_dot_the_line_name(string text, string columns) =>
        string.Join('|', IndicatorSpec.Parse(text).ColumnNames).ShouldBe(columns);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("foo:3", "Unknown indicator 'foo'")]
    [InlineData("sma:", "no parameters after ':'")]
    [InlineData("sma:abc", "period 'abc' is not a number")]
    [InlineData("sma:NaN", "is not a number")]
    [InlineData("sma:2.5", "period must be a whole number")]
    [InlineData("sma:0", "period must be between 1 and 100000")]
    [InlineData("sma:-3", "period must be between 1 and 100000")]
    [InlineData("sma:1000000", "period must be between 1 and 100000")]
    [InlineData("sma:10,20", "2 parameters given but sma takes at most 1")]
    [InlineData("bb:20,", "parameter 2 (k) is empty")]
    [InlineData("bb:20,0", "k must be between 0.001 and 100")]
    [InlineData("macd:26,12,9", "fast period must be shorter than slow period")]
    [InlineData("trsi:14,7,21,9", "RSI periods must be increasing")]
    [InlineData("mom:21,21", "skip must be less than lookback")]
    [InlineData("obv:5", "obv takes no parameters")]
    public void Bad_specs_throw_a_one_line_format_exception_saying_what_is_wrong(string text, string problem)
    {
        var message = Should.Throw<FormatException>(() => IndicatorSpec.Parse(text)).Message;
        message.ShouldContain(problem);
        message.ShouldNotContain('\n');
        IndicatorSpec.TryParse(text, out var spec, out var error).ShouldBeFalse();
        spec.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void An_unknown_name_lists_every_valid_indicator_with_its_parameter_shape()
    {
        var message = Should.Throw<FormatException>(() => IndicatorSpec.Parse("smaa:30")).Message;
        foreach (var definition in IndicatorCatalog.All) message.ShouldContain(definition.Usage);
        message.ShouldContain("bb[:period=20,k=2]");
        message.ShouldContain("macd[:fast=12,slow=26,signal=9]");
    }

    [Fact]
    public void A_bad_parameter_message_shows_the_usage_of_that_indicator()
    {
        var message = Should.Throw<FormatException>(() => IndicatorSpec.Parse("stoch:14,x")).Message;
        message.ShouldBe("Invalid indicator spec 'stoch:14,x': signal 'x' is not a number; usage: stoch[:lookback=14,signal=3,smooth=3].");
    }

    [Fact]
    public void The_catalog_lists_every_indicator_with_help()
    {
        IndicatorCatalog.All.Select(d => d.Name).ShouldBe(
            ["sma", "ema", "wma", "smma", "rsi", "trsi", "macd", "stoch", "roc", "mom", "adx", "cci", "willr", "atr", "bb",
             "stdev", "highest", "lowest", "obv", "volratio"],
            ignoreOrder: true);
        var help = IndicatorCatalog.Help.Split(Environment.NewLine);
        help.Length.ShouldBe(IndicatorCatalog.All.Count);
        help.ShouldContain(line => line.StartsWith("bb[:period=20,k=2] — ", StringComparison.Ordinal) && line.EndsWith("lines: upper|middle|lower", StringComparison.Ordinal));
        IndicatorCatalog.Find("RSI").ShouldNotBeNull().Parameters.Single().Default.ShouldBe(14);
        IndicatorCatalog.Find("nope").ShouldBeNull();
    }

    [Fact]
    public void Each_create_returns_a_new_independent_indicator()
    {
        var spec = IndicatorSpec.Parse("sma:2");
        var (a, b) = ((Sma)spec.Create(), (Sma)spec.Create());
        a.Update(1);
        a.Update(3);
        a.Value.ShouldBe(2);
        b.Value.ShouldBeNull();
    }
}
