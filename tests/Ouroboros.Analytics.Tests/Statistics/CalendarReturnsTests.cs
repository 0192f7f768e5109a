using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class CalendarReturnsTests
{
    [Fact]
    public void Monthly_returns_use_month_end_equity_and_the_first_month_starts_from_the_initial_cash()
    {
        var points = new[]
        {
            new EquityPoint(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero), 105m, 105m),
            new EquityPoint(new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero), 110m, 110m),
            new EquityPoint(new DateTimeOffset(2024, 2, 15, 0, 0, 0, TimeSpan.Zero), 121m, 121m),
            new EquityPoint(new DateTimeOffset(2024, 4, 2, 0, 0, 0, TimeSpan.Zero), 108.9m, 108.9m), // March has no point
            new EquityPoint(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), 119.79m, 119.79m),
        };
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 100m, BarInterval.OneDay));

        stats.MonthlyReturns.Select(m => (m.Year, m.Month)).ShouldBe([(2024, 1), (2024, 2), (2024, 4), (2025, 1)]);
        stats.MonthlyReturns[0].Return!.Value.ShouldBe(0.10, 1e-12);  // 110 / 100 (initial cash)
        stats.MonthlyReturns[1].Return!.Value.ShouldBe(0.10, 1e-12);  // 121 / 110
        stats.MonthlyReturns[2].Return!.Value.ShouldBe(-0.10, 1e-12); // 108.9 / 121
        stats.MonthlyReturns[3].Return!.Value.ShouldBe(0.10, 1e-12);  // 119.79 / 108.9
        stats.YearlyReturns.Select(y => y.Year).ShouldBe([2024, 2025]);
        stats.YearlyReturns[0].Return!.Value.ShouldBe(0.089, 1e-12);  // 108.9 / 100
        stats.YearlyReturns[1].Return!.Value.ShouldBe(0.10, 1e-12);
    }

    [Fact]
    public void Monthly_and_yearly_returns_chain_to_the_total_return_on_any_curve()
    {
        // Each generated step is (daily return in basis points, gap in hours) → a positive curve with irregular gaps.
        var steps = Gen.Zip(Gen.Choose(-3000, 3000), Gen.Choose(1, 24 * 45)).ArrayOf();
        Prop.ForAll(steps.ToArbitrary(), path =>
        {
            var equity = 1000m;
            var time = new DateTimeOffset(2020, 12, 20, 0, 0, 0, TimeSpan.Zero);
            var points = new List<EquityPoint>();
            foreach (var (bps, hours) in path)
            {
                equity = Math.Round(equity * (1 + (bps / 10_000m)), 6);
                time = time.AddHours(hours);
                points.Add(new EquityPoint(time, equity, equity));
            }
            var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 1000m, BarInterval.OneDay));
            if (points.Count == 0) return stats.MonthlyReturns.Count == 0;

            var total = stats.TotalReturn!.Value;
            var monthly = stats.MonthlyReturns.Aggregate(1.0, (acc, m) => acc * (1 + m.Return!.Value)) - 1;
            var yearly = stats.YearlyReturns.Aggregate(1.0, (acc, y) => acc * (1 + y.Return!.Value)) - 1;
            var tolerance = 1e-9 * Math.Max(1, Math.Abs(total) + 1);
            return Math.Abs(monthly - total) < tolerance && Math.Abs(yearly - total) < tolerance;
        }).QuickCheckThrowOnFailure();
    }
}
