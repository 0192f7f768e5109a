using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.MarketData;

namespace Ouroboros.MarketData.Tests;

public sealed class Utf8ParserTests
{
    [Fact]
    public void Decimal_parser_agrees_with_decimal_parse_bit_for_bit()
    {
        var decimals = from lo in Gen.Choose(int.MinValue, int.MaxValue)
                       from mid in Gen.Choose(int.MinValue, int.MaxValue)
                       from hi in Gen.Elements(0, 0, 1, int.MaxValue)
                       from negative in Gen.Elements(false, true)
                       from scale in Gen.Choose(0, 28)
                       select new decimal(lo, mid, hi, negative, (byte)scale);

        Prop.ForAll(decimals.ToArbitrary(), d =>
        {
            var text = d.ToString(CultureInfo.InvariantCulture);
            return Utf8DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out var parsed)
                && decimal.GetBits(parsed).SequenceEqual(decimal.GetBits(decimal.Parse(text, CultureInfo.InvariantCulture)));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("4308.83", "4308.83")]
    [InlineData("19330.0", "19330.0")]
    [InlineData("0.000123", "0.000123")]
    [InlineData("+5", "5")]
    [InlineData("1e-05", "0.00001")]
    [InlineData("1.5E3", "1500")]
    public void Decimal_parser_reads_plain_and_exponent_numbers(string text, string expected)
    {
        Utf8DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData("NaN")]
    public void Decimal_parser_rejects_non_numbers(string text) =>
        Utf8DecimalParser.TryParse(Encoding.ASCII.GetBytes(text), out _).ShouldBeFalse();

    [Theory]
    [InlineData("2003-01-07", "2003-01-07T00:00:00Z", true)]
    [InlineData("20031231", "2003-12-31T00:00:00Z", true)]
    [InlineData("1/2/1990", "1990-01-02T00:00:00Z", true)]
    [InlineData("12/31/2020 16:00", "2020-12-31T16:00:00Z", false)]
    [InlineData("2021/02/17", "2021-02-17T00:00:00Z", true)]
    [InlineData("2020-12-15 09:30", "2020-12-15T09:30:00Z", false)]
    [InlineData("2017-08-17 12:00:00", "2017-08-17T12:00:00Z", false)]
    [InlineData("2021-01-04T09:00:00.250+09:00", "2021-01-04T00:00:00.250Z", false)]
    [InlineData("2021-01-04T09:00:00-0500", "2021-01-04T14:00:00Z", false)]
    [InlineData("1502971200", "2017-08-17T12:00:00Z", false)]
    [InlineData("1502971200000", "2017-08-17T12:00:00Z", false)]
    [InlineData("1502971200000000", "2017-08-17T12:00:00Z", false)]
    public void Time_parser_reads_every_supported_shape_as_utc(string text, string expected, bool dateOnly)
    {
        Utf8TimeParser.TryParse(Encoding.ASCII.GetBytes(text), out var ticks, out var isDateOnly).ShouldBeTrue();

        new DateTimeOffset(ticks, TimeSpan.Zero).ShouldBe(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
        isDateOnly.ShouldBe(dateOnly);
    }

    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("2021-01-01 25:00")]
    [InlineData("12345")]
    [InlineData("yesterday")]
    [InlineData("2021-01-01X")]
    public void Time_parser_rejects_impossible_or_unknown_times(string text) =>
        Utf8TimeParser.TryParse(Encoding.ASCII.GetBytes(text), out _, out _).ShouldBeFalse();
}
