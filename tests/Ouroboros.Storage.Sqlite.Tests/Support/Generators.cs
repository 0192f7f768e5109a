using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Storage.Sqlite.Tests.Support;

/// <summary>FsCheck generators covering the full range of decimals (every scale) and instants (every offset).</summary>
public static class Generators
{
    private static readonly Gen<int> Bits32 = Gen.Zip(Gen.Choose(0, 0xFFFF), Gen.Choose(0, 0xFFFF), (hi, lo) => (hi << 16) | lo);

    private static readonly Gen<decimal> AnyDecimal =
        from lo in Bits32
        from mid in Bits32
        from hi in Bits32
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 28)
        select new decimal(lo, mid, hi, negative, (byte)scale);

    private static readonly Gen<decimal> PriceLike =
        from units in Gen.Choose(0, 100_000_000)
        from negative in Gen.Elements(true, false)
        from scale in Gen.Choose(0, 8)
        select new decimal(units, 0, 0, negative, (byte)scale);

    public static readonly Gen<decimal> Decimal = Gen.Frequency(
        (4, AnyDecimal),
        (4, PriceLike),
        (1, Gen.Elements(decimal.MinValue, decimal.MaxValue, 0m, 0.0000000000000000000000000000m, -0.0m, 1e-28m, -1e-28m, 79228162514264337593543950335m)));

    private static readonly Gen<long> UtcTicks =
        from hi in Gen.Choose(0, int.MaxValue)
        from lo in Bits32
        select (long)(((ulong)hi << 32 | (uint)lo) % ((ulong)DateTime.MaxValue.Ticks + 1));

    private static readonly Gen<DateTimeOffset> AnyInstant =
        from ticks in UtcTicks
        from minutes in Gen.Choose(-14 * 60, 14 * 60)
        let offset = TimeSpan.FromMinutes(minutes)
        where ticks + offset.Ticks >= 0 && ticks + offset.Ticks <= DateTime.MaxValue.Ticks
        select new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);

    public static readonly Gen<DateTimeOffset> Instant = Gen.Frequency(
        (8, AnyInstant),
        (1, Gen.Elements(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch, new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.FromHours(9)).AddTicks(9_999_999))));

    public static readonly Gen<EquityPoint> EquityPoint =
        from time in Instant
        from equity in Decimal
        from cash in Decimal
        select new EquityPoint(time, equity, cash);
}
