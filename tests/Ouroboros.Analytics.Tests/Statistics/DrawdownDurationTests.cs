using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class DrawdownDurationTests
{
    private static PerformanceStatistics Daily(params decimal[] equity) =>
        StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(equity), equity[0], BarInterval.OneDay));

    [Fact]
    public void A_recovered_drawdown_lasts_from_the_peak_to_the_first_point_back_at_the_peak()
    {
        // day:    0    1    2    3    4    5
        //        100  120  90   110  120  125   peak day 1, back to 120 on day 4 → 3 days, 3 bars
        var stats = Daily(100m, 120m, 90m, 110m, 120m, 125m);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.FromDays(3));
        stats.MaxDrawdownDurationBars.ShouldBe(3);
        stats.MaxDrawdown!.Value.ShouldBe(-0.25, 1e-12);
        stats.InDrawdownAtEnd.ShouldBeFalse();
    }

    [Fact]
    public void An_unrecovered_drawdown_counts_up_to_the_last_point()
    {
        // 100 → 95 → 100 recovers in 2 days; the peak of 120 on day 3 is never regained: 3 days to day 6
        var stats = Daily(100m, 95m, 100m, 120m, 90m, 100m, 110m);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.FromDays(3));
        stats.MaxDrawdownDurationBars.ShouldBe(3);
        stats.MaxDrawdownDurationOngoing.ShouldBeTrue();
        stats.InDrawdownAtEnd.ShouldBeTrue();
        stats.CurrentDrawdown!.Value.ShouldBe(110.0 / 120 - 1, 1e-12);
    }

    [Fact]
    public void The_longest_drawdown_need_not_be_the_deepest_one()
    {
        // A shallow 4-day drawdown (100 → 99.. → 100 on day 4) and a deep 1-day one (130 → 90 → 130)
        var stats = Daily(100m, 99m, 99m, 99m, 100m, 130m, 90m, 130m);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.FromDays(4));
        stats.MaxDrawdownDurationBars.ShouldBe(4);
        stats.MaxDrawdown!.Value.ShouldBe(90.0 / 130 - 1, 1e-12);
        stats.MaxDrawdownPeak.ShouldBe(Curves.Jan1.AddDays(5));
    }

    [Fact]
    public void A_shorter_unrecovered_drawdown_does_not_replace_a_longer_recovered_one()
    {
        var stats = Daily(100m, 90m, 91m, 92m, 100m, 105m, 104m);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.FromDays(4));
        stats.MaxDrawdownDurationBars.ShouldBe(4);
        stats.MaxDrawdownDurationOngoing.ShouldBeFalse();
        stats.InDrawdownAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void A_curve_that_only_rises_has_no_drawdown()
    {
        var stats = Daily(100m, 101m, 102m);
        stats.MaxDrawdown.ShouldBe(0);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.Zero);
        stats.MaxDrawdownDurationBars.ShouldBe(0);
        stats.MaxDrawdownPeak.ShouldBeNull();
        stats.CurrentDrawdown.ShouldBe(0);
    }

    [Fact]
    public void The_drawdown_series_for_charts_is_zero_at_peaks_and_negative_below()
    {
        var series = StatisticsCalculator.DrawdownSeries(Curves.Daily(100m, 120m, 90m, 120m));
        series.ShouldBe([0, 0, -0.25, 0], tolerance: 1e-12);
    }
}
