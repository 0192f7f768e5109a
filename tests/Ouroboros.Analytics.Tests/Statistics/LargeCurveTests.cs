using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Portfolio;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class LargeCurveTests
{
    /// <summary>A seeded random walk of one-minute equity points (about 1.9 years of 24/7 minutes).</summary>
    internal static EquityPoint[] RandomWalk(int count, int seed = 7)
    {
        var random = new Random(seed);
        var points = new EquityPoint[count];
        var equity = 1_000_000m;
        var start = new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            equity = Math.Round(equity * (1m + ((decimal)random.NextDouble() - 0.4999m) / 500m), 2);
            points[i] = new EquityPoint(start.AddMinutes(i), equity, i % 3 == 0 ? equity : equity - 1);
        }
        return points;
    }

    [Fact]
    public void A_million_point_curve_computes_without_error()
    {
        var points = RandomWalk(1_000_000);
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 1_000_000m, BarInterval.OneMinute, tradesAroundTheClock: true));

        stats.Bars.ShouldBe(1_000_000);
        stats.Sharpe.ShouldNotBeNull();
        stats.Volatility.ShouldNotBeNull();
        stats.MaxDrawdown!.Value.ShouldBeLessThan(0);
        stats.MonthlyReturns.Count.ShouldBeInRange(22, 24);
        stats.BarsInMarket.ShouldBe(666_666);
        var chained = stats.MonthlyReturns.Aggregate(1.0, (acc, m) => acc * (1 + m.Return!.Value)) - 1;
        chained.ShouldBe(stats.TotalReturn!.Value, 1e-9);
    }
}
