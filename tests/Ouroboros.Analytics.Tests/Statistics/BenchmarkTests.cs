using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class BenchmarkTests
{
    [Fact]
    public void Buy_and_hold_return_equals_last_close_over_first_close_inside_the_run()
    {
        // Bars from 30 Dec 2023; the run covers 1–5 Jan 2024 → bought at 1 Jan (102), held to 5 Jan (110).
        var bench = Curves.Bars("SPY", Curves.Jan1.AddDays(-2), 100m, 101m, 102m, 99m, 104m, 108m, 110m, 130m);
        var input = StatisticsInput.ForCurve(Curves.Daily(1000m, 1010m, 1020m, 1030m, 1040m), 1000m, BarInterval.OneDay) with { Benchmark = bench };
        var b = StatisticsCalculator.Compute(input).Benchmark!;

        b.Symbol.ShouldBe("SPY");
        b.StartPrice.ShouldBe(102m);
        b.EndPrice.ShouldBe(110m);
        b.Start.ShouldBe(Curves.Jan1);
        b.End.ShouldBe(Curves.Jan1.AddDays(4));
        b.TotalReturn.ShouldBe(110.0 / 102 - 1, 1e-12);
        b.MaxDrawdown.ShouldBe(99.0 / 102 - 1, 1e-12);
        b.ExcessReturn!.Value.ShouldBe(0.04 - (110.0 / 102 - 1), 1e-12);
        b.Sharpe.ShouldNotBeNull();
        b.Cagr.ShouldNotBeNull();
    }

    [Fact]
    public void Buy_and_hold_starts_at_the_first_close_at_or_after_the_first_equity_time()
    {
        // The run starts at noon on 1 Jan; the 1 Jan bar (stamped 00:00) is before it, so the 2 Jan close is the entry.
        var bench = Curves.Bars("SPY", Curves.Jan1, 100m, 200m, 220m, 250m);
        var points = Curves.Points(Curves.Jan1.AddHours(12), TimeSpan.FromDays(1), 100m, 100m, 100m);
        var input = StatisticsInput.ForCurve(points, 100m, BarInterval.OneDay) with { Benchmark = bench };
        var b = StatisticsCalculator.Compute(input).Benchmark!;
        b.StartPrice.ShouldBe(200m);
        b.EndPrice.ShouldBe(220m); // the last close at or before 3 Jan 12:00
        b.TotalReturn.ShouldBe(0.1, 1e-12);
    }

    [Fact]
    public void The_benchmark_is_null_when_it_has_no_bar_inside_the_run()
    {
        var bench = Curves.Bars("SPY", Curves.Jan1.AddDays(100), 100m, 101m);
        var input = StatisticsInput.ForCurve(Curves.Daily(100m, 101m), 100m, BarInterval.OneDay) with { Benchmark = bench };
        StatisticsCalculator.Compute(input).Benchmark.ShouldBeNull();
    }
}
