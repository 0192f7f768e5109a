using Ouroboros.Domain.Calendars;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>
/// No intraday entries in the first and last 5 minutes of a regular session, nor inside configured event windows.
/// NYSE on 2024-03-04 (EST) runs 14:30Z–21:00Z; KRX on the same date runs 00:00Z–06:30Z (09:00–15:30 KST).
/// </summary>
public sealed class BlackoutGateTests
{
    private static readonly TimeSpan Five = TimeSpan.FromMinutes(5);
    private static readonly BlackoutGate Nyse = new(Five, Five, MarketCalendars.Nyse, []);
    private static readonly BlackoutGate Krx = new(Five, Five, MarketCalendars.Krx, []);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute, int second = 0) => new(2024, month, day, hour, minute, second, TimeSpan.Zero);

    private static RiskCheck EntryAt(DateTimeOffset time, bool intraday = true) => Checks.Entry().At(time, intraday);

    private static RiskCheck ExitAt(DateTimeOffset time) => Checks.Exit().At(time);

    [Fact]
    public void Gate_is_named_blackout() => Nyse.Name.ShouldBe("blackout");

    [Fact]
    public void An_intraday_entry_two_minutes_after_the_nyse_open_is_denied()
    {
        var verdict = Nyse.Evaluate(EntryAt(Utc(3, 4, 14, 32)));

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("blackout");
        verdict.Reason.ShouldBe("within the first 5 minutes after the NYSE open at 14:30Z");
        verdict.FigureValue("open").ShouldBe("2024-03-04T14:30:00.0000000+00:00");
    }

    [Theory]
    [InlineData(14, 30, 0, false)]
    [InlineData(14, 34, 59, false)]
    [InlineData(14, 35, 0, true)]
    [InlineData(14, 29, 59, true)]
    [InlineData(20, 54, 59, true)]
    [InlineData(20, 55, 0, false)]
    [InlineData(20, 59, 59, false)]
    [InlineData(21, 0, 0, true)]
    public void Nyse_session_edges_are_blacked_out_for_intraday_entries(int hour, int minute, int second, bool approved) =>
        Nyse.Evaluate(EntryAt(Utc(3, 4, hour, minute, second))).IsApproved.ShouldBe(approved);

    [Fact]
    public void The_last_minutes_before_the_close_are_denied_with_a_reason_naming_the_close()
    {
        var verdict = Nyse.Evaluate(EntryAt(Utc(3, 4, 20, 57)));

        verdict.Reason.ShouldBe("within the last 5 minutes before the NYSE close at 21:00Z");
        verdict.FigureValue("close").ShouldBe("2024-03-04T21:00:00.0000000+00:00");
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(0, 3, false)]
    [InlineData(0, 5, true)]
    [InlineData(6, 24, true)]
    [InlineData(6, 26, false)]
    [InlineData(6, 30, true)]
    public void Krx_session_edges_are_blacked_out_in_korean_time(int hour, int minute, bool approved) =>
        Krx.Evaluate(EntryAt(Utc(3, 4, hour, minute)).In("KRX")).IsApproved.ShouldBe(approved);

    [Fact]
    public void The_nyse_open_moves_with_daylight_saving_time()
    {
        Nyse.Evaluate(EntryAt(Utc(3, 11, 13, 32))).IsApproved.ShouldBeFalse();
        Nyse.Evaluate(EntryAt(Utc(3, 11, 14, 32))).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void An_early_close_moves_the_closing_blackout_with_it()
    {
        Nyse.Evaluate(EntryAt(Utc(11, 29, 17, 57))).Reason.ShouldBe("within the last 5 minutes before the NYSE close at 18:00Z");
        Nyse.Evaluate(EntryAt(Utc(11, 29, 20, 57))).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_holiday_has_no_session_to_black_out() => Nyse.Evaluate(EntryAt(Utc(3, 29, 13, 32))).IsApproved.ShouldBeTrue();

    [Theory]
    [InlineData(14, 30)]
    [InlineData(14, 32)]
    [InlineData(20, 59)]
    public void Exits_are_never_blacked_out(int hour, int minute) => Nyse.Evaluate(ExitAt(Utc(3, 4, hour, minute))).IsApproved.ShouldBeTrue();

    [Fact]
    public void Daily_checks_are_not_blacked_out_by_sessions_whatever_their_stamp()
    {
        Nyse.Evaluate(EntryAt(Utc(3, 4, 14, 32), intraday: false)).IsApproved.ShouldBeTrue();
        Krx.Evaluate(EntryAt(Utc(3, 4, 0, 0), intraday: false)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Around_the_clock_markets_and_unknown_calendars_have_no_session_blackout()
    {
        new BlackoutGate(Five, Five, MarketCalendars.Crypto, []).Evaluate(EntryAt(Utc(3, 4, 0, 1))).IsApproved.ShouldBeTrue();
        new BlackoutGate(Five, Five, null, []).Evaluate(EntryAt(Utc(3, 4, 14, 32))).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Zero_minute_blackouts_allow_entries_at_the_open_and_just_before_the_close()
    {
        var gate = new BlackoutGate(TimeSpan.Zero, TimeSpan.Zero, MarketCalendars.Nyse, []);

        gate.Evaluate(EntryAt(Utc(3, 4, 14, 30))).IsApproved.ShouldBeTrue();
        gate.Evaluate(EntryAt(Utc(3, 4, 20, 59, 59))).IsApproved.ShouldBeTrue();
    }

    private static readonly BlackoutWindow Fomc = new(Utc(3, 20, 18, 0), TimeSpan.FromMinutes(60), "FOMC");

    [Theory]
    [InlineData(17, 59, 59, true)]
    [InlineData(18, 0, 0, false)]
    [InlineData(18, 59, 59, false)]
    [InlineData(19, 0, 0, true)]
    public void A_configured_window_denies_entries_inside_its_half_open_interval_daily_or_intraday(int hour, int minute, int second, bool approved)
    {
        var gate = new BlackoutGate(Five, Five, MarketCalendars.Nyse, [Fomc]);
        var time = Utc(3, 20, hour, minute, second);

        gate.Evaluate(EntryAt(time, intraday: true)).IsApproved.ShouldBe(approved);
        gate.Evaluate(EntryAt(time, intraday: false)).IsApproved.ShouldBe(approved);
        gate.Evaluate(ExitAt(time)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_window_denial_names_the_window()
    {
        var verdict = new BlackoutGate(TimeSpan.Zero, TimeSpan.Zero, null, [Fomc]).Evaluate(EntryAt(Utc(3, 20, 18, 30), intraday: false));

        verdict.Reason.ShouldBe("inside the blackout window 'FOMC' 2024-03-20 18:00Z to 19:00Z");
        verdict.FigureValue("window_start").ShouldBe("2024-03-20T18:00:00.0000000+00:00");
        verdict.FigureValue("window_end").ShouldBe("2024-03-20T19:00:00.0000000+00:00");
    }

    [Fact]
    public void Negative_blackouts_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new BlackoutGate(TimeSpan.FromMinutes(-1), Five, null, []));
        Should.Throw<ArgumentOutOfRangeException>(() => new BlackoutGate(Five, TimeSpan.FromMinutes(-1), null, []));
    }

    [Fact]
    public void Parse_list_reads_the_documented_format()
    {
        var problems = new List<string>();

        var windows = BlackoutWindow.ParseList("2026-03-18T18:00:00Z/60/FOMC;2026-04-30T12:00:00Z/30/BoJ", problems);

        problems.ShouldBeEmpty();
        windows.ShouldBe([
            new BlackoutWindow(new DateTimeOffset(2026, 3, 18, 18, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(60), "FOMC"),
            new BlackoutWindow(new DateTimeOffset(2026, 4, 30, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(30), "BoJ"),
        ]);
        windows[0].End.ShouldBe(new DateTimeOffset(2026, 3, 18, 19, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_list_defaults_the_label_converts_offsets_to_utc_and_assumes_utc_without_a_zone()
    {
        var problems = new List<string>();

        var windows = BlackoutWindow.ParseList(" 2026-03-18T20:00:00+02:00 / 15 ; 2026-03-19T18:00:00/10/CPI/US ;", problems);

        problems.ShouldBeEmpty();
        windows.Count.ShouldBe(2);
        windows[0].ShouldSatisfyAllConditions(
            w => w.Start.ShouldBe(new DateTimeOffset(2026, 3, 18, 18, 0, 0, TimeSpan.Zero)),
            w => w.Start.Offset.ShouldBe(TimeSpan.Zero),
            w => w.Label.ShouldBe("event"));
        windows[1].Start.ShouldBe(new DateTimeOffset(2026, 3, 19, 18, 0, 0, TimeSpan.Zero));
        windows[1].Label.ShouldBe("CPI/US");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_list_of_nothing_is_empty_without_problems(string? text)
    {
        var problems = new List<string>();

        BlackoutWindow.ParseList(text, problems).ShouldBeEmpty();
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_list_reports_each_bad_entry_and_keeps_the_good_ones()
    {
        var problems = new List<string>();

        var windows = BlackoutWindow.ParseList(
            "FOMC;2026-03-18T18:00:00Z;2026-03-18T18:00:00Z/0/X;2026-03-18T18:00:00Z/-5;2026-03-18T18:00:00Z/abc/X;yesterday/10;2026-04-30T12:00:00Z/30/BoJ",
            problems);

        windows.ShouldHaveSingleItem().Label.ShouldBe("BoJ");
        problems.Count.ShouldBe(6);
        problems[0].ShouldBe("blackout window 'FOMC' is not START/MINUTES[/LABEL] with an ISO start such as 2026-03-18T18:00:00Z and positive minutes");
        problems.Select(p => p.Split('\'')[1]).ShouldBe(
            ["FOMC", "2026-03-18T18:00:00Z", "2026-03-18T18:00:00Z/0/X", "2026-03-18T18:00:00Z/-5", "2026-03-18T18:00:00Z/abc/X", "yesterday/10"]);
    }

    [Fact]
    public void Parse_list_rejects_a_null_problem_list() => Should.Throw<ArgumentNullException>(() => BlackoutWindow.ParseList("x", null!));
}
