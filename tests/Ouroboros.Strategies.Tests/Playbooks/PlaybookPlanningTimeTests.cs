using Ouroboros.Domain.Venues;
using Ouroboros.TestKit;
using Ouroboros.Core.Planning;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Playbooks;
using Ouroboros.Strategies.Playbooks;
using Ouroboros.Strategies.Tests.Support;

namespace Ouroboros.Strategies.Tests.Playbooks;

public sealed class PlaybookPlanningTimeTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static async Task<RecordingPlanner> Drive(PlaybookStrategyOptions options, Instrument instrument, Bar[] bars)
    {
        var planner = new RecordingPlanner(r => PlanOutcome.Planned(new Playbook(r.Date, r.Market, PlaybookStance.Neutral, PlaybookOrigin.Rules, [])));
        var strategy = new PlaybookStrategy(new PlaybookDesk(planner, null, TimeProvider.System, new PlaybookDeskOptions(TimeSpan.FromSeconds(5))), options);
        strategy.Initialize(new FakeStrategyContext(instrument));
        foreach (var bar in bars)
        {
            strategy.OnBar(0, in bar);
            strategy.OnTimeSliceEnd(bar.Time);
            if (strategy.WantsToDeliberate) await strategy.DeliberateAsync(bar.Time, CancellationToken.None);
        }
        return planner;
    }

    private static Bar[] Hourly(DateTimeOffset start, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Bar(start.AddHours(i), 100m + i, 101m + i, 99m + i, 100.5m + i, 1_000m))];

    [Fact]
    public async Task With_intraday_bars_the_planner_sees_only_bars_closed_by_the_open_minus_the_lead()
    {
        var options = new PlaybookStrategyOptions("CRYPTO", TimeSpan.FromHours(1), MarketCalendars.Crypto, PlanningLead: TimeSpan.FromHours(2));

        var planner = await Drive(options, GenericVenue.Instrument("BTC"), Hourly(Monday, 72));

        planner.Requests.Select(r => r.Date).ShouldBe([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)]);
        planner.Requests.Select(r => r.AsOf).ShouldBe([Monday.AddHours(-2), Monday.AddHours(22), Monday.AddHours(46)]);
        // The 22:00 and 23:00 bars of the day before had not closed at 22:00: a pre-market plan cannot know them.
        planner.Requests.Select(r => r.Instruments[0].Bars.Count).ShouldBe([0, 22, 46]);
    }

    [Fact]
    public async Task A_longer_lead_plans_from_less_and_daily_bars_ignore_the_lead()
    {
        var early = new PlaybookStrategyOptions("CRYPTO", TimeSpan.FromHours(1), MarketCalendars.Crypto, PlanningLead: TimeSpan.FromHours(5));
        var daily = new PlaybookStrategyOptions("CRYPTO", TimeSpan.FromDays(1), MarketCalendars.Crypto, PlanningLead: TimeSpan.FromHours(5));
        var dailyBars = BarBuilder.Midpoint([100m, 101m, 102m], Monday);

        var intraday = await Drive(early, GenericVenue.Instrument("BTC"), Hourly(Monday, 48));
        var byDay = await Drive(daily, GenericVenue.Instrument("BTC"), dailyBars);

        intraday.Requests[1].Instruments[0].Bars.Count.ShouldBe(19);
        byDay.Requests.Select(r => r.AsOf).ShouldBe([Monday, Monday.AddDays(1), Monday.AddDays(2)]);
        byDay.Requests.Select(r => r.Instruments[0].Bars.Count).ShouldBe([0, 1, 2]);
    }
}
