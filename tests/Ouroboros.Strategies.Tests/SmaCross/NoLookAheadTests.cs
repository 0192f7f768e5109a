using FsCheck.Fluent;
using Ouroboros.Backtest.Simulation;
using Ouroboros.Domain.Orders;
using Ouroboros.Strategies.Tests.Support;

namespace Ouroboros.Strategies.Tests.SmaCross;

public sealed class NoLookAheadTests
{
    private const int Length = 90;

    private sealed record Case(int[] Steps, int[] OtherSteps, int Cut, int Fast, int Slow);

    private static readonly FsCheck.Gen<Case> Cases =
        from steps in Gen.Choose(-4, 4).ArrayOf(Length)
        from other in Gen.Choose(-9, 9).ArrayOf(Length)
        from cut in Gen.Choose(5, Length - 2)
        from fast in Gen.Choose(1, 6)
        from extra in Gen.Choose(1, 15)
        select new Case(steps, other, cut, fast, fast + extra);

    [Theory]
    [InlineData(FillPolicy.NextOpen)]
    [InlineData(FillPolicy.SameClose)]
    public async Task Changing_bars_after_t_never_changes_orders_or_fills_up_to_t(FillPolicy policy)
    {
        var compared = 0;
        foreach (var c in Gen.Sample(Cases, 50, new FsCheck.Rnd(20240601UL), 40))
        {
            var original = Walk(c.Steps);
            var mutated = original.ToArray();
            var changed = Walk(c.OtherSteps);
            for (var i = c.Cut + 1; i < Length; i++) mutated[i] = changed[i];
            var cutTime = SyntheticBars.Day(c.Cut);

            var a = await Backtests.Run(new SmaCrossStrategy(c.Fast, c.Slow), SyntheticBars.Series("A", original), policy);
            var b = await Backtests.Run(new SmaCrossStrategy(c.Fast, c.Slow), SyntheticBars.Series("A", mutated), policy);

            var before = Decisions(a.Orders.Select(o => o.Request), cutTime);
            before.ShouldBe(Decisions(b.Orders.Select(o => o.Request), cutTime), $"case {c}");
            FillsUpTo(a.Fills, cutTime).ShouldBe(FillsUpTo(b.Fills, cutTime), $"case {c}");
            compared += before.Count;
        }
        compared.ShouldBeGreaterThan(20, "the generated cases must contain decisions before the cut");
    }

    private static decimal[] Walk(int[] steps)
    {
        var closes = new decimal[steps.Length];
        var price = 100m;
        for (var i = 0; i < steps.Length; i++) closes[i] = price = Math.Max(5m, price + steps[i]);
        return closes;
    }

    private static List<string> Decisions(IEnumerable<OrderRequest> orders, DateTimeOffset upTo) =>
        [.. orders.Where(o => o.CreatedAt <= upTo).Select(o => $"{o.CreatedAt:O} {o.Side} {o.Quantity}")];

    private static List<string> FillsUpTo(IEnumerable<Fill> fills, DateTimeOffset upTo) =>
        [.. fills.Where(f => f.Time <= upTo).Select(f => $"{f.Time:O} {f.Side} {f.Quantity} {f.Price}")];
}
