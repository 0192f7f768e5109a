using Ouroboros.Domain.Venues;
using System.Globalization;
using System.Text;
using Ouroboros.MarketData;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.TestKit;

namespace Ouroboros.MarketData.Tests;

/// <summary>Bars outside the sessions of the instrument's exchange are rejected, all of them in one message.</summary>
public sealed class SessionCheckTests
{
    [Fact]
    public void A_daily_krx_bar_on_chuseok_is_rejected_with_the_holiday_named()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("krx-005930-daily.csv", Daily("2025-10-02", "2025-10-06", "2025-10-10"));

        var e = Should.Throw<MarketDataException>(() => Loader(dir).Load(file, new LoadOptions { Venue = Venue.Krx }));

        e.Message.ShouldContain("daily bar 2025-10-06 is on a KRX holiday (Chuseok)");
        e.Message.ShouldContain("fall outside the KRX trading sessions");
    }

    [Fact]
    public void Every_bar_outside_the_sessions_is_reported_at_once()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("yahoo-SPY-daily.csv", Daily("2024-12-24", "2024-12-25", "2024-12-28", "2025-01-09", "2025-01-10"));

        var e = Should.Throw<MarketDataException>(() => Loader(dir).Load(file, new LoadOptions { Venue = Venue.Us }));

        e.TotalProblems.ShouldBe(4); // three bars and the summary
        e.Message.ShouldContain("2024-12-25 is on a NYSE holiday (Christmas Day)");
        e.Message.ShouldContain("2024-12-28 is on a Saturday");
        e.Message.ShouldContain("2025-01-09 is on a NYSE holiday (National Day of Mourning for President Carter)");
    }

    [Fact]
    public void Outside_the_holiday_coverage_only_weekends_are_rejected()
    {
        using var dir = new TempDirectory();
        // KRX holidays are known from 1990; Chuseok 1989 (Sep 14) is outside the table, Chuseok 2023 inside it.
        var holiday1989 = dir.Write("a.csv", Daily("1989-09-13", "1989-09-14", "1989-09-18"));
        var weekend1989 = dir.Write("b.csv", Daily("1989-03-03", "1989-03-04", "1989-03-06"));
        var holiday2023 = dir.Write("c.csv", Daily("2023-09-27", "2023-09-28", "2023-10-04"));

        Loader(dir).Load(holiday1989, new LoadOptions { Venue = Venue.Krx }).Series.Count.ShouldBe(3);
        Should.Throw<MarketDataException>(() => Loader(dir).Load(weekend1989, new LoadOptions { Venue = Venue.Krx }))
            .Message.ShouldContain("1989-03-04 is on a Saturday");
        Should.Throw<MarketDataException>(() => Loader(dir).Load(holiday2023, new LoadOptions { Venue = Venue.Krx }))
            .Message.ShouldContain("2023-09-28 is on a KRX holiday (Chuseok)");
    }

    [Fact]
    public void Generic_instruments_and_an_explicit_opt_out_are_not_checked()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Daily("2024-12-24", "2024-12-25", "2024-12-26"));

        Loader(dir).Load(file).Series.Count.ShouldBe(3);
        Loader(dir).Load(file, new LoadOptions { Venue = Venue.Us, CheckSessions = false }).Series.Count.ShouldBe(3);
    }

    [Fact]
    public void Only_the_bars_inside_from_and_to_are_judged()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("x.csv", Daily("2024-12-24", "2024-12-25", "2024-12-26", "2024-12-27"));

        var loaded = Loader(dir).Load(file, new LoadOptions { Venue = Venue.Us, From = Utc("2024-12-26T00:00Z") });

        loaded.Series.Count.ShouldBe(2);
    }

    [Fact]
    public void Intraday_us_bars_follow_new_york_time_across_the_clock_change()
    {
        // 13:30Z is the 09:30 open in summer but 08:30 pre-market in winter.
        var summer = Intraday(Venue.Us, "2024-07-10T13:30Z", "2024-07-10T13:45Z");
        var winter = Intraday(Venue.Us, "2024-01-10T13:30Z", "2024-01-10T13:45Z");

        Failures(summer, MarketCalendars.Nyse, extendedHours: false).ShouldBe(0);
        Failures(winter, MarketCalendars.Nyse, extendedHours: true).ShouldBe(0);
        Failures(winter, MarketCalendars.Nyse, extendedHours: false).ShouldBe(2);
    }

    [Fact]
    public void Intraday_bars_at_night_or_on_a_holiday_are_rejected()
    {
        var series = Intraday(Venue.Us, "2024-07-03T23:45Z", "2024-07-04T01:00Z", "2024-07-04T14:00Z", "2024-07-05T14:00Z");
        var problems = new ProblemCollector("spy-15m.csv");

        SessionCheck.Check(series, MarketCalendars.Nyse, problems).ShouldBe(3);

        problems.Problems.ShouldContain(p => p.Message == "bar at 2024-07-04 14:00Z (2024-07-04 10:00 -04:00 local) is outside the NYSE sessions (holiday)");
        problems.Problems.ShouldContain(p => p.Message.Contains("2024-07-04 01:00Z", StringComparison.Ordinal) && p.Message.EndsWith("(closed)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bar_inside_the_tokyo_lunch_break_is_rejected_but_one_that_overlaps_the_morning_is_not()
    {
        var tse = MarketCalendars.Get("TSE");
        var lunch = new BarSeries(GenericVenue.Instrument("7203"), BarInterval.FifteenMinutes, [Bar("2025-06-10T02:45Z")]);
        var hourly = new BarSeries(GenericVenue.Instrument("7203"), BarInterval.OneHour, [Bar("2025-06-10T02:00Z")]);

        Failures(lunch, tse, extendedHours: true).ShouldBe(1);
        Failures(hourly, tse, extendedHours: true).ShouldBe(0);
    }

    [Fact]
    public void Krx_intraday_bars_may_include_the_after_hours_window_until_18_00()
    {
        var series = Intraday(Venue.Krx, "2025-03-04T07:30Z", "2025-03-04T08:45Z", "2025-03-04T09:00Z");

        Failures(series, MarketCalendars.Krx, extendedHours: true).ShouldBe(1);
        Failures(series, MarketCalendars.Krx, extendedHours: false).ShouldBe(3);
    }

    [Theory]
    [InlineData("kr", Venue.Krx)]
    [InlineData("us", Venue.Us)]
    public void Every_bundled_file_passes_the_session_check_of_its_venue(string folder, Venue venue)
    {
        using var dir = new TempDirectory();
        foreach (var file in Directory.GetFiles(MarketDataFiles.RepoData(folder), "*.csv"))
        {
            var loaded = Loader(dir).Load(file, new LoadOptions { Venue = venue, UseCache = false });
            foreach (var bar in loaded.Series.Bars)
                MarketCalendars.ForVenue(venue).IsTradingDay(DateOnly.FromDateTime(bar.Time.UtcDateTime)).ShouldBeTrue(file);
        }
    }

    private static MarketDataLoader Loader(TempDirectory dir) => new(new BinaryBarCache(Path.Combine(dir.Path, "cache")));

    private static string Daily(params string[] dates)
    {
        var sb = new StringBuilder("date,open,high,low,close,volume\n");
        foreach (var d in dates) sb.Append(d).Append(",10,11,9,10.5,100\n");
        return sb.ToString();
    }

    private static BarSeries Intraday(Venue venue, params string[] times) =>
        new(VenueRules.Instrument(venue, venue == Venue.Krx ? "005930" : "SPY"), BarInterval.FifteenMinutes, [.. times.Select(Bar)]);

    private static Bar Bar(string time) => new(Utc(time), 10m, 11m, 9m, 10.5m, 100m);

    private static int Failures(BarSeries series, MarketCalendar calendar, bool extendedHours) =>
        SessionCheck.Check(series, calendar, new ProblemCollector("test.csv"), extendedHours);

    private static DateTimeOffset Utc(string iso) =>
        DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
