using FsCheck.Fluent;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Orders;
using Ouroboros.Strategies.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Strategies.Tests;

public sealed class NoLookAheadTests
{
    private const int Length = 120;

    private sealed record Case(int[] StepsA, int[] StepsB, int[] OtherA, int[] OtherB, int Cut, int Fast, int Slow)
    {
        public override string ToString() => $"cut {Cut}, fast {Fast}, slow {Slow}, A [{string.Join(",", StepsA)}]";
    }

    private static readonly FsCheck.Gen<int[]> Steps = Gen.Choose(-4, 4).ArrayOf(Length);

    private static readonly FsCheck.Gen<Case> Cases =
        from a in Steps
        from b in Steps
        from otherA in Gen.Choose(-9, 9).ArrayOf(Length)
        from otherB in Gen.Choose(-9, 9).ArrayOf(Length)
        from cut in Gen.Choose(5, Length - 2)
        from fast in Gen.Choose(1, 6)
        from extra in Gen.Choose(1, 15)
        select new Case(a, b, otherA, otherB, cut, fast, fast + extra);

    [Theory]
    [InlineData("sma-cross", FillPolicy.NextOpen)]
    [InlineData("sma-cross", FillPolicy.SameClose)]
    [InlineData("triple-rsi", FillPolicy.NextOpen)]
    [InlineData("triple-rsi", FillPolicy.SameClose)]
    [InlineData("momentum", FillPolicy.NextOpen)]
    [InlineData("momentum", FillPolicy.SameClose)]
    public async Task Changing_bars_after_t_never_changes_orders_or_fills_up_to_t(string strategy, FillPolicy policy)
    {
        var compared = 0;
        foreach (var c in Gen.Sample(Cases, 50, new FsCheck.Rnd(20240601UL), 40))
        {
            var (a, b) = (Walk(c.StepsA), Walk(c.StepsB));
            var (a2, b2) = (Splice(a, Walk(c.OtherA), c.Cut), Splice(b, Walk(c.OtherB), c.Cut));
            var cutTime = BarBuilder.Day(c.Cut);

            var original = await Backtests.Run(Create(strategy, c), [BarBuilder.Series("A", a), BarBuilder.Series("B", b)], policy);
            var mutated = await Backtests.Run(Create(strategy, c), [BarBuilder.Series("A", a2), BarBuilder.Series("B", b2)], policy);

            var before = Decisions(original.Orders.Select(o => o.Request), cutTime);
            before.ShouldBe(Decisions(mutated.Orders.Select(o => o.Request), cutTime), $"case {c}");
            FillsUpTo(original.Fills, cutTime).ShouldBe(FillsUpTo(mutated.Fills, cutTime), $"case {c}");
            compared += before.Count;
        }
        compared.ShouldBeGreaterThan(10, "the generated cases must contain decisions before the cut");
    }

    private static IStrategy Create(string strategy, Case c) => strategy switch
    {
        "sma-cross" => new SmaCrossStrategy(c.Fast, c.Slow),
        "triple-rsi" => new TripleRsiStrategy(new TripleRsiSettings(c.Fast, c.Fast + 1, c.Slow + 2, 3, EntryMax: 70, TrendMin: 30)),
        _ => new MomentumStrategy(new MomentumSettings(Lookback: 10 + c.Fast, Skip: c.Fast, Top: 1, AtrPeriod: 5, AbsoluteFilter: false)),
    };

    private static decimal[] Walk(int[] steps)
    {
        var closes = new decimal[steps.Length];
        var price = 100m;
        for (var i = 0; i < steps.Length; i++) closes[i] = price = Math.Max(5m, price + steps[i]);
        return closes;
    }

    private static decimal[] Splice(decimal[] original, decimal[] other, int cut) =>
        [.. original.Take(cut + 1), .. other.Skip(cut + 1)];

    private static List<string> Decisions(IEnumerable<OrderRequest> orders, DateTimeOffset upTo) =>
        [.. orders.Where(o => o.CreatedAt <= upTo).Select(o => $"{o.CreatedAt:O} {o.Instrument} {o.Side} {o.Quantity}")];

    private static List<string> FillsUpTo(IEnumerable<Fill> fills, DateTimeOffset upTo) =>
        [.. fills.Where(f => f.Time <= upTo).Select(f => $"{f.Time:O} {f.Instrument} {f.Side} {f.Quantity} {f.Price}")];
}
