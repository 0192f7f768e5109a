using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>Invariants of every exchange calendar at random instants in 2024-2027.</summary>
public sealed class CalendarPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(2_000);

    private static readonly long Start = At.Instant("2024-01-01T00:00Z").UtcTicks;
    private static readonly long Span = At.Instant("2027-12-20T00:00Z").UtcTicks - Start;

    // Random instants, plus instants exactly on session boundaries where off-by-one mistakes live.
    private static readonly Gen<DateTimeOffset> Instants = Gen.Frequency(
        (3, Gen.Choose(0, int.MaxValue).Select(i => new DateTimeOffset(Start + (long)(Span * (i / (double)int.MaxValue)), TimeSpan.Zero))),
        (1, Gen.Choose(0, 4 * 365).Select(d => new DateTimeOffset(Start, TimeSpan.Zero).AddDays(d).AddMinutes(30 * (d % 48)))));

    public static TheoryData<string> Exchanges => [.. MarketCalendars.All.Where(c => !c.IsAroundTheClock).Select(c => c.Market)];

    [Theory]
    [MemberData(nameof(Exchanges))]
    public void The_next_open_is_later_and_in_the_regular_session(string market)
    {
        var calendar = MarketCalendars.Get(market);
        Check.One(Quick, Prop.ForAll(Instants.ToArbitrary(), t =>
        {
            var open = calendar.NextOpen(t)!.Value;
            open.ShouldBeGreaterThan(t);
            calendar.SessionAt(open).ShouldBe(MarketSession.Regular);
            calendar.IsOpen(open.AddTicks(-1)).ShouldBeFalse();
        }));
    }

    [Theory]
    [MemberData(nameof(Exchanges))]
    public void The_next_close_ends_a_regular_stretch(string market)
    {
        var calendar = MarketCalendars.Get(market);
        Check.One(Quick, Prop.ForAll(Instants.ToArbitrary(), t =>
        {
            var close = calendar.NextClose(t)!.Value;
            close.ShouldBeGreaterThan(t);
            calendar.IsOpen(close.AddTicks(-1)).ShouldBeTrue();
            calendar.IsOpen(close).ShouldBeFalse();
            (calendar.IsOpen(t) == close < calendar.NextOpen(t)!.Value).ShouldBeTrue();
        }));
    }

    [Theory]
    [MemberData(nameof(Exchanges))]
    public void A_trading_day_has_a_schedule_and_the_open_instant_falls_on_that_local_date(string market)
    {
        var calendar = MarketCalendars.Get(market);
        Check.One(Quick, Prop.ForAll(Gen.Choose(0, 4 * 365 - 1).ToArbitrary(), offset =>
        {
            var date = At.Date("2024-01-01").AddDays(offset);
            var schedule = calendar.ScheduleFor(date);
            (schedule is not null).ShouldBe(calendar.IsTradingDay(date));
            if (schedule is null) return;
            calendar.LocalDateOf(schedule.Open).ShouldBe(date);
            schedule.Close.ShouldBeGreaterThan(schedule.Open);
            calendar.IsOpen(schedule.Open).ShouldBeTrue();
        }));
    }
}
