using Ouroboros.Analytics.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Statistics;

public sealed class AnnualizationTests
{
    [Theory]
    [InlineData("1d", false, 252)]
    [InlineData("1d", true, 365)]
    [InlineData("1h", true, 8760)]
    [InlineData("15m", true, 35040)]
    [InlineData("1h", false, 1638)]
    [InlineData("1w", false, 365.25 / 7)]
    public void Periods_per_year_follow_the_interval_and_the_market_hours(string interval, bool aroundTheClock, double expected) =>
        Annualization.PeriodsPerYear(BarInterval.Parse(interval), aroundTheClock).ShouldBe(expected, 1e-9);

    [Fact]
    public void Cagr_is_null_for_zero_elapsed_time_or_negative_growth()
    {
        Annualization.Cagr(1.1, TimeSpan.Zero).ShouldBeNull();
        Annualization.Cagr(-0.5, TimeSpan.FromDays(10)).ShouldBeNull();
        Annualization.Cagr(0, TimeSpan.FromDays(365.25)).ShouldBe(-1);
    }

    [Fact]
    public void Crypto_runs_annualise_with_the_around_the_clock_period_count()
    {
        var points = Curves.Points(TimeSpan.FromHours(1), 100m, 101m, 100m, 102m);
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(points, 100m, BarInterval.OneHour, tradesAroundTheClock: true));
        stats.PeriodsPerYear.ShouldBe(8760);
    }
}
