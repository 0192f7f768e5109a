using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Storage.Sqlite.Series;
using Ouroboros.Storage.Sqlite.Tests.Support;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>The columnar equity blob gives back every point exactly: the tick, and each decimal to the bit.</summary>
public sealed class EquityCurveCodecPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    [Fact]
    public void Any_equity_curve_round_trips_to_the_bit_through_the_blob()
    {
        Check.One(Quick, Prop.ForAll(Gen.ListOf(Generators.EquityPoint).Select(l => l.ToArray()).ToArbitrary(), ShouldRoundTrip));
    }

    [Fact]
    public void A_money_curve_at_mixed_scales_with_negative_zeros_round_trips_to_the_bit()
    {
        Check.One(Quick, Prop.ForAll(Gen.ListOf(CurveGenerators.MoneyPoint).Select(l => l.ToArray()).ToArbitrary(), ShouldRoundTrip));
    }

    [Fact]
    public void A_daily_backtest_curve_round_trips_to_the_bit()
    {
        Check.One(Quick, Prop.ForAll(CurveGenerators.DailyCurve.ToArbitrary(), ShouldRoundTrip));
    }

    [Fact]
    public void A_money_column_is_stored_as_scaled_integers_and_read_back_exactly()
    {
        Check.One(Quick, Prop.ForAll(Gen.ListOf(CurveGenerators.Money).Select(l => l.ToArray()).ToArbitrary(), values =>
        {
            var buffer = new SeriesBuffer(16);
            DecimalColumn.Write(buffer, values, new long[values.Length]);
            buffer.Written[0].ShouldBe((byte)0, "money fits 64-bit integers at its largest scale");
            ShouldReadBack(buffer, values);
        }));
    }

    [Theory]
    [InlineData("9223372036854775807", "-9223372036854775807")] // the 64-bit edges, scale 0
    [InlineData("922337203685477580.7", "1")] // scaling 1 to one place still fits
    [InlineData("9223372036854775808", "0")] // one past: stored raw
    [InlineData("1", "0.0000000000000000000000000001")] // 10^28 does not fit: stored raw
    [InlineData("1", "0.0000000000000000001")] // a 19-place gap with a nonzero value: stored raw
    [InlineData("0", "0.0000000000000000001")] // a zero needs no scaling
    [InlineData("79228162514264337593543950335", "-79228162514264337593543950335")] // 96 bits: stored raw
    public void Values_at_the_edges_of_the_integer_path_round_trip_to_the_bit(string first, string second)
    {
        decimal[] values = [decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(second, System.Globalization.CultureInfo.InvariantCulture), new decimal(0, 0, 0, true, 1)];
        var buffer = new SeriesBuffer(16);
        DecimalColumn.Write(buffer, values, new long[values.Length]);

        ShouldReadBack(buffer, values);
    }

    [Fact]
    public void A_damaged_or_foreign_blob_is_refused_as_unreadable_never_read_short()
    {
        var curve = CurveGenerators.Seeded(50, seed: 3);
        var blob = EquityCurveCodec.Encode(curve);

        Should.Throw<FormatException>(() => EquityCurveCodec.Decode(blob.AsSpan(0, blob.Length - 2), curve.Length));
        Should.Throw<FormatException>(() => EquityCurveCodec.Decode(blob, curve.Length + 1)).Message.ShouldContain("points");
        var otherFormat = (byte[])blob.Clone();
        otherFormat[0] = 2;
        Should.Throw<FormatException>(() => EquityCurveCodec.Decode(otherFormat, curve.Length)).Message.ShouldContain("format 2");
    }

    [Fact]
    public void A_long_daily_money_curve_costs_well_under_twelve_bytes_a_point()
    {
        var random = new Random(20_251_207);
        var points = new EquityPoint[200_000];
        var time = new DateTimeOffset(1990, 1, 2, 21, 0, 0, TimeSpan.Zero);
        var price = 100.00m;
        var cash = 1_000_000_000m;
        for (var i = 0; i < points.Length; i++)
        {
            time = time.AddDays(time.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
            price = Math.Max(1m, price + random.Next(-150, 151) / 100m);
            if (i % 30 == 0) cash -= price * 100m * 1.001m; // a fill every thirty bars, commission at a longer scale
            points[i] = new EquityPoint(time, cash + price * 100m * (i / 30 + 1), cash);
        }

        var blob = EquityCurveCodec.Encode(points);

        ((double)blob.Length / points.Length).ShouldBeLessThan(12);
        ShouldRoundTrip(points);
    }

    private static void ShouldRoundTrip(EquityPoint[] curve)
    {
        var decoded = EquityCurveCodec.Decode(EquityCurveCodec.Encode(curve), curve.Length);
        decoded.Length.ShouldBe(curve.Length);
        for (var i = 0; i < curve.Length; i++)
        {
            decoded[i].Time.UtcTicks.ShouldBe(curve[i].Time.UtcTicks);
            decoded[i].Time.Offset.ShouldBe(TimeSpan.Zero);
            ShouldBeBitExact(decoded[i].Equity, curve[i].Equity);
            ShouldBeBitExact(decoded[i].Cash, curve[i].Cash);
        }
    }

    private static void ShouldReadBack(SeriesBuffer buffer, decimal[] values)
    {
        var read = new decimal[values.Length];
        var reader = new SeriesReader(buffer.Written);
        DecimalColumn.Read(ref reader, read);
        reader.AtEnd.ShouldBeTrue();
        for (var i = 0; i < values.Length; i++) ShouldBeBitExact(read[i], values[i]);
    }

    // Value, scale and the sign of a zero: the four 32-bit words of the decimal.
    private static void ShouldBeBitExact(decimal actual, decimal expected) =>
        decimal.GetBits(actual).ShouldBe(decimal.GetBits(expected), $"{actual} vs {expected}");
}
