using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Storage.Sqlite.Tests.Support;

/// <summary>Equity curves as runs make them: money walks at mixed scales, flat cash, negative zeros, any instants.</summary>
public static class CurveGenerators
{
    /// <summary>Money: at most 18 digits at scales 0-8, so a column of them takes the scaled-integer path.</summary>
    public static readonly Gen<decimal> Money = Gen.Frequency(
        (8, from units in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from cents in Gen.Choose(0, 99_999_999)
            from scale in Gen.Choose(0, 8)
            select new decimal(units) + new decimal(cents, 0, 0, false, (byte)scale)),
        (1, Gen.Elements(0m, 0.00m, new decimal(0, 0, 0, true, 1), new decimal(0, 0, 0, true, 8), 1e-8m, -1e-8m, 999_999_999.99999999m)));

    public static readonly Gen<EquityPoint> MoneyPoint =
        from time in Generators.Instant
        from equity in Money
        from cash in Money
        select new EquityPoint(time, equity, cash);

    private static readonly Gen<(int Days, decimal Move, bool Trade)> Step =
        from days in Gen.Choose(1, 4)
        from move in Money
        from trade in Gen.Elements(true, false)
        select (days, move, trade);

    /// <summary>Daily points from a start: the shape of a backtest's curve (ordered times, slowly moving values).</summary>
    public static readonly Gen<EquityPoint[]> DailyCurve =
        from start in Gen.Choose(0, 20_000)
        from steps in Gen.ListOf(Step)
        select Walk(new DateTimeOffset(2000, 1, 3, 21, 0, 0, TimeSpan.Zero).AddDays(start), steps);

    /// <summary>A daily curve of <paramref name="count"/> points from a seeded walk (mixed scales, a negative zero cash).</summary>
    public static EquityPoint[] Seeded(int count, int seed)
    {
        var random = new Random(seed);
        var steps = Enumerable.Range(0, count).Select(i =>
            (random.Next(1, 4), new decimal(random.Next(-5_000_000, 5_000_000), 0, 0, false, (byte)random.Next(0, 7)), i % 9 == 0));
        var curve = Walk(new DateTimeOffset(2001, 2, 5, 21, 0, 0, TimeSpan.Zero), steps);
        if (count > 3) curve[3] = curve[3] with { Cash = new decimal(0, 0, 0, true, 2) };
        return curve;
    }

    private static EquityPoint[] Walk(DateTimeOffset start, IEnumerable<(int Days, decimal Move, bool Trade)> steps)
    {
        var points = new List<EquityPoint>();
        var time = start;
        var equity = 1_000_000.00m;
        var cash = 1_000_000.00m;
        foreach (var (days, move, trade) in steps)
        {
            time = time.AddDays(days);
            equity += move / 1000m;
            if (trade) cash -= move / 7m; // a fill: a long, odd scale
            points.Add(new EquityPoint(time, equity, cash));
        }

        return [.. points];
    }
}
