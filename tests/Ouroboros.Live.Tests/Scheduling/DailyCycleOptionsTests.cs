using Ouroboros.Core.Errors;
using Ouroboros.Live.Scheduling;

namespace Ouroboros.Live.Tests.Scheduling;

public sealed class DailyCycleOptionsTests
{
    [Fact]
    public void The_defaults_are_those_of_the_systems_replaced_and_valid()
    {
        var options = DailyCycleOptions.Default;

        options.PreMarketMinutes.ShouldBe(30);
        options.RescanIntervalSeconds.ShouldBe(300);
        options.TradeMode.ShouldBe(TradeMode.Daily);
        options.DailySessions.ShouldBe(1);
        options.SessionIntervalHours.ShouldBe(4);
        options.PlannerTimeoutSeconds.ShouldBe(60);
        options.RealtimeCycleSeconds.ShouldBe(60);
        options.PostMarketDelayMinutes.ShouldBe(10);
        options.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Validation_lists_every_problem_at_once()
    {
        var options = new DailyCycleOptions
        {
            PreMarketMinutes = -5,
            RescanIntervalSeconds = 0,
            TradeMode = (TradeMode)7,
            DailySessions = 0,
            SessionIntervalHours = double.NaN,
            PlannerTimeoutSeconds = 0,
            RealtimeCycleSeconds = -1,
            PostMarketDelayMinutes = -1,
        };

        var problems = options.Validate();

        problems.Count.ShouldBe(8);
        string[] names = ["PRE_MARKET_MINUTES", "RESCAN_INTERVAL_SECONDS", "TRADE_MODE", "DAILY_SESSIONS", "SESSION_INTERVAL_HOURS",
            "PLANNER_TIMEOUT_SECONDS", "RealtimeCycleSeconds", "PostMarketDelayMinutes"];
        for (var i = 0; i < names.Length; i++) problems[i].ShouldStartWith(names[i]);
        Should.Throw<InvalidInputException>(options.ThrowIfInvalid).Message.ShouldContain("DAILY_SESSIONS must be at least 1, not 0");
    }

    [Fact]
    public void A_pre_market_lead_over_twelve_hours_is_refused()
    {
        (DailyCycleOptions.Default with { PreMarketMinutes = 721 }).Validate().ShouldHaveSingleItem().ShouldContain("between 0 and 720");
        (DailyCycleOptions.Default with { PreMarketMinutes = 720 }).Validate().ShouldBeEmpty();
    }

    [Fact]
    public void The_scheduler_refuses_invalid_options_before_it_starts()
    {
        var bad = DailyCycleOptions.Default with { DailySessions = 0 };

        Should.Throw<InvalidInputException>(() => DailyCycleSchedule.JobsFor(Ouroboros.Domain.Calendars.MarketCalendars.Krx, new DateOnly(2026, 3, 3), bad));
    }
}
