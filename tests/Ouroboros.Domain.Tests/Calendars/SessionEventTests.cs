using Ouroboros.Domain.Calendars;
using Ouroboros.TestKit;

namespace Ouroboros.Domain.Tests.Calendars;

/// <summary>The session events the kernel raises from the calendar.</summary>
public sealed class SessionEventTests
{
    [Fact]
    public void A_tokyo_day_raises_pre_market_open_lunch_start_lunch_end_and_close_in_order()
    {
        var events = new List<SessionEvent>();
        MarketCalendars.Get("TSE").EventsBetween(At.Instant("2025-06-09T15:30+09:00"), At.Instant("2025-06-10T15:30+09:00"), TimeSpan.FromMinutes(30), events);

        events.Select(e => (e.Kind, e.Time)).ShouldBe(
        [
            (SessionEventKind.PreMarket, At.Instant("2025-06-10T08:30+09:00")),
            (SessionEventKind.Open, At.Instant("2025-06-10T09:00+09:00")),
            (SessionEventKind.LunchStart, At.Instant("2025-06-10T11:30+09:00")),
            (SessionEventKind.LunchEnd, At.Instant("2025-06-10T12:30+09:00")),
            (SessionEventKind.Close, At.Instant("2025-06-10T15:30+09:00")),
        ]);
        events.ShouldAllBe(e => e.Market == "TSE" && e.TradingDate == At.Date("2025-06-10"));
    }

    [Fact]
    public void The_window_excludes_its_start_and_includes_its_end()
    {
        var nyse = MarketCalendars.Nyse;
        var open = At.Instant("2025-06-10T09:30-04:00");
        var events = new List<SessionEvent>();
        nyse.EventsBetween(open, open.AddMinutes(1), TimeSpan.Zero, events);
        events.ShouldBeEmpty();
        nyse.EventsBetween(open.AddMinutes(-1), open, TimeSpan.Zero, events);
        events.Select(e => e.Kind).ShouldBe([SessionEventKind.PreMarket, SessionEventKind.Open]);
    }

    [Fact]
    public void Slicing_a_week_into_minutes_raises_the_same_events_as_one_call()
    {
        var krx = MarketCalendars.Krx;
        var start = At.Instant("2024-09-13T00:00+09:00");
        var whole = new List<SessionEvent>();
        krx.EventsBetween(start, start.AddDays(7), TimeSpan.FromMinutes(45), whole);

        var sliced = new List<SessionEvent>();
        for (var t = start; t < start.AddDays(7); t = t.AddMinutes(1))
            krx.EventsBetween(t, t.AddMinutes(1), TimeSpan.FromMinutes(45), sliced);

        sliced.ShouldBe(whole);
        whole.Select(e => e.TradingDate).Distinct().ShouldBe([At.Date("2024-09-13"), At.Date("2024-09-19")]);
    }

    [Fact]
    public void A_holiday_raises_no_events()
    {
        var events = new List<SessionEvent>();
        MarketCalendars.Nyse.EventsBetween(At.Instant("2025-12-25T00:00-05:00"), At.Instant("2025-12-26T00:00-05:00"), TimeSpan.FromHours(1), events);
        events.ShouldBeEmpty();
    }

    [Fact]
    public void Crypto_closes_one_utc_day_and_opens_the_next_at_midnight()
    {
        var events = new List<SessionEvent>();
        MarketCalendars.Crypto.EventsBetween(At.Instant("2025-01-04T12:00Z"), At.Instant("2025-01-05T12:00Z"), TimeSpan.FromMinutes(10), events);
        events.Select(e => (e.Kind, e.Time, e.TradingDate)).ShouldBe(
        [
            (SessionEventKind.PreMarket, At.Instant("2025-01-04T23:50Z"), At.Date("2025-01-05")),
            (SessionEventKind.Close, At.Instant("2025-01-05T00:00Z"), At.Date("2025-01-04")),
            (SessionEventKind.Open, At.Instant("2025-01-05T00:00Z"), At.Date("2025-01-05")),
        ]);
    }

    [Fact]
    public void A_pre_market_lead_longer_than_twelve_hours_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() =>
            MarketCalendars.Nyse.EventsBetween(At.Instant("2025-01-06T00:00Z"), At.Instant("2025-01-07T00:00Z"), TimeSpan.FromHours(13), []));

    [Fact]
    public void A_quiet_slice_adds_nothing_and_allocates_nothing()
    {
        var nyse = MarketCalendars.Get("NASDAQ");
        var events = new List<SessionEvent>(16);
        var t = At.Instant("2025-06-10T10:00-04:00");
        nyse.EventsBetween(t, t.AddSeconds(1), TimeSpan.FromMinutes(30), events);
        var allocated = HeapAllocations.QuietestWindow(1, 5_000, i => nyse.EventsBetween(t.AddSeconds(i), t.AddSeconds(i + 1), TimeSpan.FromMinutes(30), events));
        allocated.ShouldBe(0);
        events.ShouldBeEmpty();
    }
}
