using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Domain.Tests.Bars;

/// <summary>BarInterval text forms: parsing, printing and the round trip between them.</summary>
public sealed class BarIntervalTests
{
    [Theory]
    [InlineData("1m", 1)]
    [InlineData("15m", 15)]
    [InlineData("1h", 60)]
    [InlineData("4h", 240)]
    [InlineData("1d", 1_440)]
    [InlineData("1w", 10_080)]
    [InlineData("2W", 20_160)]
    [InlineData("90m", 90)]
    public void Parse_reads_a_number_followed_by_a_unit(string text, int minutes) =>
        BarInterval.Parse(text).Length.ShouldBe(TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData(1, "1m")]
    [InlineData(15, "15m")]
    [InlineData(90, "90m")]
    [InlineData(60, "1h")]
    [InlineData(240, "4h")]
    [InlineData(1_440, "1d")]
    [InlineData(2_160, "36h")]
    [InlineData(4_320, "3d")]
    [InlineData(10_080, "1w")]
    [InlineData(20_160, "2w")]
    public void To_string_uses_the_largest_whole_unit(int minutes, string text) =>
        new BarInterval(TimeSpan.FromMinutes(minutes)).ToString().ShouldBe(text);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("+5m")]
    [InlineData("1.5h")]
    [InlineData("15")]
    [InlineData("15s")]
    [InlineData("1y")]
    [InlineData(" 1h")]
    [InlineData("h1")]
    public void Parse_rejects_text_that_is_not_an_interval_with_a_hint(string text)
    {
        BarInterval.TryParse(text, out _).ShouldBeFalse();
        var error = Should.Throw<FormatException>(() => BarInterval.Parse(text));
        error.Message.ShouldBe($"'{text}' is not a bar interval; use a number followed by m, h, d or w, e.g. 15m, 1h, 4h, 1d.");
    }

    [Fact]
    public void Try_parse_of_null_is_false() => BarInterval.TryParse(null, out _).ShouldBeFalse();

    [Theory]
    [InlineData("99999999d")]
    [InlineData("400000000w")]
    [InlineData("2147483647h")]
    public void Try_parse_returns_false_rather_than_throwing_for_a_length_too_large_for_a_timespan(string text)
    {
        BarInterval.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => BarInterval.Parse(text));
    }

    [Fact]
    public void A_non_positive_length_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new BarInterval(TimeSpan.Zero));
        Should.Throw<ArgumentOutOfRangeException>(() => new BarInterval(TimeSpan.FromMinutes(-1)));
    }

    [Fact]
    public void Intraday_means_shorter_than_a_day()
    {
        BarInterval.FourHours.IsIntraday.ShouldBeTrue();
        BarInterval.OneDay.IsIntraday.ShouldBeFalse();
        BarInterval.OneWeek.IsIntraday.ShouldBeFalse();
    }

    [Fact]
    public void Any_parsed_interval_prints_to_text_that_parses_back_to_it()
    {
        var texts = from n in Gen.Choose(1, 100_000)
                    from unit in Gen.Elements('m', 'h', 'd', 'w', 'M', 'H', 'D', 'W')
                    select $"{n}{unit}";
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var interval = BarInterval.Parse(text);
            BarInterval.Parse(interval.ToString()).ShouldBe(interval);
        }));
    }

    [Fact]
    public void Any_whole_minute_length_prints_to_text_that_parses_back_to_it() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Gen.Choose(1, 5_000_000).ToArbitrary(), minutes =>
        {
            var interval = new BarInterval(TimeSpan.FromMinutes(minutes));
            BarInterval.Parse(interval.ToString()).ShouldBe(interval);
        }));
}
