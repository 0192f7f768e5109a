using Ouroboros.Domain.Venues;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;

namespace Ouroboros.MarketData.Tests;

public sealed class GapDetectionTests
{
    private static DateTimeOffset Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void Gaps_in_the_15m_btc_file_are_the_3_gaps_and_34_missing_bars_the_data_readme_lists()
    {
        var gaps = GapDetector.Detect(CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-15m-2021.csv")));

        gaps.AroundTheClock.ShouldBeTrue();
        gaps.Count.ShouldBe(3);
        gaps.MissingBars.ShouldBe(34);
        gaps.ToString().ShouldBe("3 gaps, 34 missing bars");
    }

    [Fact]
    public void Gaps_in_the_1h_btc_file_are_the_27_outages_and_127_missing_bars_the_data_readme_lists()
    {
        var series = CsvBarReader.Read(MarketDataFiles.RepoData("crypto/binance-BTCUSDT-1h-2017-2022.csv"));

        var gaps = GapDetector.Detect(series);

        gaps.Count.ShouldBe(27);
        gaps.MissingBars.ShouldBe(127);
        series.Count.ShouldBe(45345); // reported, never filled
        foreach (var gap in gaps.Gaps)
            ((gap.To - gap.From).Ticks / TimeSpan.TicksPerHour - 1).ShouldBe(gap.MissingBars);
    }

    [Fact]
    public void Weekends_and_short_holidays_are_not_gaps_for_daily_equities_but_long_closures_are()
    {
        var gaps = GapDetector.Detect(CsvBarReader.Read(MarketDataFiles.RepoData("us/yahoo-SPY-daily.csv")));

        gaps.AroundTheClock.ShouldBeFalse();
        // 2007-01-02 (Ford's funeral, after New Year) and hurricane Sandy 2012-10-29/30
        gaps.Gaps.ShouldBe(
        [
            new Gap(Utc(2006, 12, 29), Utc(2007, 1, 3), 2),
            new Gap(Utc(2012, 10, 26), Utc(2012, 10, 31), 2),
        ]);
    }

    [Fact]
    public void Every_missing_day_is_a_gap_for_daily_series_that_trade_on_weekends()
    {
        var days = Enumerable.Range(0, 30).Where(d => d is not (10 or 11 or 20)).Select(d => Utc(2024, 1, 1).AddDays(d));

        var gaps = GapDetector.Detect(Series(BarInterval.OneDay, days));

        gaps.AroundTheClock.ShouldBeTrue();
        gaps.Gaps.ShouldBe([new Gap(Utc(2024, 1, 10), Utc(2024, 1, 13), 2), new Gap(Utc(2024, 1, 20), Utc(2024, 1, 22), 1)]);
    }

    [Fact]
    public void Nights_are_not_gaps_for_intraday_session_data_but_holes_within_a_session_are()
    {
        DateTimeOffset[] times =
        [
            Utc(2024, 1, 2, 14, 30), Utc(2024, 1, 2, 14, 31), Utc(2024, 1, 2, 14, 35), // 3 minutes missing
            Utc(2024, 1, 3, 14, 30), Utc(2024, 1, 3, 14, 31),
        ];
        var series = Series(BarInterval.OneMinute, times, UsVenue.Equity("SPY"));

        GapDetector.Detect(series).Gaps.ShouldBe([new Gap(times[1], times[2], 3)]);
        GapDetector.Detect(series, aroundTheClock: true).MissingBars.ShouldBe(3 + 1434);
    }

    [Fact]
    public void A_session_calendar_makes_daily_gaps_exact()
    {
        // Tue 2, Wed 3, (Thu 4 holiday, Fri 5 missing), Mon 8 .. Fri 12, (Mon 15 missing), Tue 16
        var series = Series(BarInterval.OneDay, new[] { 2, 3, 8, 9, 10, 11, 12, 16 }.Select(d => Utc(2024, 1, d)), UsVenue.Equity("X"));
        bool IsSession(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d != new DateOnly(2024, 1, 4);

        GapDetector.Detect(series).Gaps.ShouldBe([new Gap(Utc(2024, 1, 3), Utc(2024, 1, 8), 2)]);
        GapDetector.Detect(series, isSessionDay: IsSession).Gaps.ShouldBe(
            [new Gap(Utc(2024, 1, 3), Utc(2024, 1, 8), 1), new Gap(Utc(2024, 1, 12), Utc(2024, 1, 16), 1)]);
    }

    private static BarSeries Series(BarInterval interval, IEnumerable<DateTimeOffset> times, Instrument? instrument = null) =>
        new(instrument ?? GenericVenue.Instrument("X"), interval, times.Select(t => new Bar(t, 10, 11, 9, 10, 1)).ToArray());
}
