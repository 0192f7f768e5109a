using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class PerformanceStatisticsHandComputedTests
{
    // Five points a quarter-year apart (365.25 / 4 = 91.3125 days), so the whole curve spans exactly one year,
    // annualised as daily bars (P = 252):
    //   equity   100    110    99     108.9   114.345
    //   return          +10%   −10%   +10%    +5%
    // mean = 0.15 / 4 = 0.0375
    // deviations 0.0625, −0.1375, 0.0625, 0.0125 → squares sum 0.026875 → sample variance 0.026875 / 3 = 0.00895833
    // stdev = 0.0946485; volatility = 0.0946485 × √252 = 1.502498
    // Sharpe = 0.0375 / 0.0946485 × √252 = 0.396203 × 15.874508 = 6.289526
    // downside deviation = √(0.1² / 4) = 0.05; Sortino = 0.0375 / 0.05 × √252 = 11.905880
    // max drawdown: peak 110, trough 99 → 99 / 110 − 1 = −0.1; recovered at 114.345 (108.9 is still below 110)
    //   so the drawdown lasts from point 1 to point 4: 3 bars, 3 × 91.3125 = 273.9375 days
    // total return = 114.345 / 100 − 1 = 0.14345; one year exactly, so CAGR = 0.14345; Calmar = 0.14345 / 0.1 = 1.4345
    private static readonly StatisticsInput Input = StatisticsInput.ForCurve(
        Curves.Points(TimeSpan.FromDays(365.25 / 4), 100m, 110m, 99m, 108.9m, 114.345m), 100m, BarInterval.OneDay);

    private static readonly PerformanceStatistics Stats = StatisticsCalculator.Compute(Input);

    [Fact]
    public void Total_return_and_final_equity_come_from_the_last_point_and_the_initial_cash()
    {
        Stats.FinalEquity.ShouldBe(114.345m);
        Stats.TotalReturn!.Value.ShouldBe(0.14345, 1e-12);
        Stats.Bars.ShouldBe(5);
        Stats.Start.ShouldBe(Curves.Jan1);
        Stats.End.ShouldBe(Curves.Jan1.AddDays(365.25));
    }

    [Fact]
    public void Cagr_over_exactly_one_calendar_year_equals_the_total_return()
    {
        Stats.Cagr!.Value.ShouldBe(0.14345, 1e-12);
        Stats.Calmar!.Value.ShouldBe(1.4345, 1e-9);
    }

    [Fact]
    public void Volatility_sharpe_and_sortino_match_the_hand_computation()
    {
        Stats.PeriodsPerYear.ShouldBe(252);
        Stats.Volatility!.Value.ShouldBe(Math.Sqrt(0.026875 / 3) * Math.Sqrt(252), 1e-9);
        Stats.Volatility!.Value.ShouldBe(1.502498, 1e-6);
        Stats.Sharpe!.Value.ShouldBe(6.289526, 1e-6);
        Stats.Sortino!.Value.ShouldBe(11.905880, 1e-6);
    }

    [Fact]
    public void Max_drawdown_is_a_negative_fraction_from_peak_to_trough()
    {
        Stats.MaxDrawdown!.Value.ShouldBe(-0.1, 1e-12);
        Stats.MaxDrawdownPeak.ShouldBe(Curves.Jan1.AddDays(91.3125));
        Stats.MaxDrawdownTrough.ShouldBe(Curves.Jan1.AddDays(2 * 91.3125));
        Stats.MaxDrawdownDurationBars.ShouldBe(3);
        Stats.MaxDrawdownDuration.ShouldBe(TimeSpan.FromDays(3 * 91.3125));
        Stats.InDrawdownAtEnd.ShouldBeFalse();
    }

    [Fact]
    public void Cagr_of_a_21_percent_gain_over_two_years_is_10_percent()
    {
        // (121 / 100) ^ (365.25 / 730.5) − 1 = √1.21 − 1 = 0.1
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(
            Curves.Points(TimeSpan.FromDays(365.25), 100m, 105m, 121m), 100m, BarInterval.OneDay));
        stats.Cagr!.Value.ShouldBe(0.1, 1e-12);
    }

    [Fact]
    public void The_first_point_is_measured_against_the_initial_cash_for_total_return_but_not_for_period_returns()
    {
        // Initial cash 100, the first bar already at 90 (e.g. bought at the open and fell): total return counts it...
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(90m, 99m), 100m, BarInterval.OneDay));
        stats.TotalReturn!.Value.ShouldBe(-0.01, 1e-12);
        // ...while the per-period returns are between points: only 99 / 90 − 1 = 0.1, so there is no stdev yet.
        stats.Volatility.ShouldBeNull();
        stats.Sharpe.ShouldBeNull();
    }

    [Fact]
    public void Sharpe_sortino_and_calmar_are_null_on_a_flat_curve()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 100m, 100m, 100m), 100m, BarInterval.OneDay));
        stats.Sharpe.ShouldBeNull();
        stats.Sortino.ShouldBeNull();
        stats.Calmar.ShouldBeNull();
        stats.Volatility.ShouldBe(0);
        stats.MaxDrawdown.ShouldBe(0);
        stats.MaxDrawdownDuration.ShouldBe(TimeSpan.Zero);
        stats.TotalReturn.ShouldBe(0);
    }

    [Fact]
    public void Sortino_is_null_when_no_period_lost_money()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 101m, 103m, 104m), 100m, BarInterval.OneDay));
        stats.Sharpe.ShouldNotBeNull();
        stats.Sortino.ShouldBeNull();
        stats.Calmar.ShouldBeNull();
    }

    [Fact]
    public void An_empty_curve_gives_nulls_and_the_initial_cash_as_final_equity()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve([], 1000m, BarInterval.OneDay));
        stats.Bars.ShouldBe(0);
        stats.FinalEquity.ShouldBe(1000m);
        stats.TotalReturn.ShouldBeNull();
        stats.Cagr.ShouldBeNull();
        stats.Sharpe.ShouldBeNull();
        stats.MaxDrawdown.ShouldBeNull();
        stats.Exposure.ShouldBeNull();
        stats.Turnover.ShouldBeNull();
        stats.MonthlyReturns.ShouldBeEmpty();
        stats.Start.ShouldBeNull();
    }

    [Fact]
    public void Equity_points_out_of_time_order_are_rejected()
    {
        var points = Curves.Daily(100m, 101m, 102m).Reverse().ToArray();
        Should.Throw<ArgumentException>(() => StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 100m, BarInterval.OneDay)));
    }
}
