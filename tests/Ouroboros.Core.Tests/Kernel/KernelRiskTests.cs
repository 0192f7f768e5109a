using Ouroboros.Core.Inbox;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Policy;
using static Ouroboros.Core.Tests.Support.KernelHarness;
using Ouroboros.Risk.Events;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>The house rules inside the kernel: exit rules, daily P&amp;L triggers, the kill switch, calendars.</summary>
public sealed class KernelRiskTests
{
    private readonly KernelHarness _kernel = new() { Instruments = [A] };

    private static RiskEngine Engine(bool backtest = true) => new([], RiskPolicy.Hard, resumeHaltsAtNextTradingDay: backtest);

    [Fact]
    public async Task A_close_below_the_stop_loss_closes_the_position_through_a_risk_exit_order()
    {
        _kernel.Risk = Engine();
        _kernel.Exits = new PositionExitRules(-0.02m, 0.50m, 0.50m, 0.50m);
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Broker.InstrumentOf = _ => A.Id;
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 101m).Bar(0, Day1.AddDays(2), 97m).Bar(0, Day1.AddDays(3), 96m).Bar(0, Day1.AddDays(4), 95m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        // Bought at the open of day 2 (100); the close of day 3 (97) is below 100 × 0.98, so the exit sells at day 4's open.
        var exit = result.RiskEvents.ShouldHaveSingleItem();
        exit.Kind.ShouldBe(RiskEventKind.ExitSignal);
        exit.Source.ShouldBe("stop_loss");
        var sell = result.Orders.Single(o => o.Request.Side == OrderSide.Sell);
        sell.Request.Strategy.Value.ShouldBe("risk");
        sell.Request.CreatedAt.ShouldBe(Day1.AddDays(2));
        result.Trades.ShouldHaveSingleItem().ExitTime.ShouldBe(Day1.AddDays(3));
        result.OpenTrades.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_strategy_close_and_a_stop_loss_on_the_same_bar_sell_once()
    {
        _kernel.Risk = Engine();
        _kernel.Exits = new PositionExitRules(-0.02m, 0.50m, 0.50m, 0.50m);
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Broker.InstrumentOf = _ => A.Id;
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 101m).Bar(0, Day1.AddDays(2), 90m).Bar(0, Day1.AddDays(3), 90m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddDays(2), _ => Intent(A, IntentAction.Close, time: Day1.AddDays(2)));

        var result = await _kernel.RunAsync();

        result.Orders.Count(o => o.Request.Side == OrderSide.Sell).ShouldBe(1);
        result.SkippedIntents.ShouldHaveSingleItem().Reason.ShouldContain("already queued");
    }

    [Fact]
    public async Task A_three_percent_daily_loss_halts_entries_and_a_backtest_resumes_at_the_next_trading_day()
    {
        _kernel.Risk = Engine();
        _kernel.Sizing = Core.Sizing.SizingPolicy.Parse("fixed:100");
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Broker.InstrumentOf = _ => A.Id;
        // 100 shares bought at 99 on day 2's open; an hour later the price is 60: equity falls 3.9% → HALTED.
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 100m).Bar(0, Day1.AddDays(1).AddHours(1), 60m).Bar(0, Day1.AddDays(2), 61m);
        _kernel.Strategy.At(Day1, _ => Intent(A))
            .At(Day1.AddDays(1).AddHours(1), _ => Intent(A, time: Day1.AddDays(1).AddHours(1)))
            .At(Day1.AddDays(2), _ => Intent(A, time: Day1.AddDays(2)));

        var result = await _kernel.RunAsync();

        var states = result.RiskEvents.Where(e => e.Kind == RiskEventKind.StateChanged).ToList();
        states.Count.ShouldBe(2);
        states[0].Source.ShouldBe("circuit_breaker");
        states[0].Message.ShouldContain("ACTIVE → HALTED");
        states[1].Source.ShouldBe("new_trading_day");
        var denied = result.RiskDecisions.Where(d => !d.Approved).ShouldHaveSingleItem();
        denied.Time.ShouldBe(Day1.AddDays(1).AddHours(1));
        denied.Gate.ShouldBe(RiskEngine.StateGate);
        denied.Reason!.ShouldContain("circuit_breaker");
        result.RiskDecisions[^1].Approved.ShouldBeTrue();
    }

    [Fact]
    public async Task Live_halts_stay_until_an_operator_resumes_even_across_days()
    {
        _kernel.Risk = Engine(backtest: false);
        _kernel.Sizing = Core.Sizing.SizingPolicy.Parse("fixed:100");
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Broker.InstrumentOf = _ => A.Id;
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 100m).Bar(0, Day1.AddDays(1).AddHours(1), 60m).Bar(0, Day1.AddDays(2), 61m).Bar(0, Day1.AddDays(3), 62m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddDays(3), _ => Intent(A, time: Day1.AddDays(3)));

        var result = await _kernel.RunAsync();

        result.RiskDecisions[^1].Approved.ShouldBeFalse();
        _kernel.Risk.States.Get("account").State.ShouldBe(Risk.State.TradingState.Halted);
    }

    [Fact]
    public async Task The_kill_switch_cancels_working_orders_and_denies_everything_after_it()
    {
        _kernel.Risk = Engine();
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 100m)
            .Event(KernelEvent.Of(new KillCommand("test", "runaway strategy", Day1.AddDays(1))))
            .Bar(0, Day1.AddDays(2), 100m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddDays(2), _ => Intent(A, time: Day1.AddDays(2)));

        var result = await _kernel.RunAsync();

        _kernel.Log.Entries.ShouldContain("broker.Cancel O-000001");
        var last = result.RiskDecisions[^1];
        last.Approved.ShouldBeFalse();
        last.Reason!.ShouldContain("kill switch");
        result.RiskEvents.ShouldContain(e => e.Source == "kill_switch" && e.Message.Contains("runaway strategy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kill_that_arrives_while_a_slice_is_open_denies_that_slices_intents_before_any_reaches_the_broker()
    {
        _kernel.Risk = Engine();
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 100m)
            .Event(KernelEvent.Of(new KillCommand("test", "runaway strategy", Day1.AddDays(1))))
            .Bar(0, Day1.AddDays(2), 100m);
        _kernel.Strategy.At(Day1.AddDays(1), _ => Intent(A, time: Day1.AddDays(1)));

        var result = await _kernel.RunAsync();

        var decision = result.RiskDecisions.ShouldHaveSingleItem();
        decision.Approved.ShouldBeFalse();
        decision.Reason!.ShouldContain("kill switch");
        _kernel.Log.Entries.ShouldNotContain(e => e.StartsWith("broker.Submit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_halt_that_arrives_while_a_slice_is_open_applies_to_that_slices_intents()
    {
        _kernel.Risk = Engine();
        _kernel.Bar(0, Day1, 100m).Bar(0, Day1.AddDays(1), 100m)
            .Event(KernelEvent.Of(new HaltCommand("account", "test", "data outage", Day1.AddDays(1))))
            .Bar(0, Day1.AddDays(2), 100m);
        _kernel.Strategy.At(Day1.AddDays(1), _ => Intent(A, time: Day1.AddDays(1)));

        var result = await _kernel.RunAsync();

        result.RiskDecisions.ShouldHaveSingleItem().Approved.ShouldBeFalse();
        _kernel.Log.Entries.ShouldNotContain(e => e.StartsWith("broker.Submit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Intraday_bars_reset_the_trading_day_at_the_markets_local_midnight_and_raise_session_events()
    {
        _kernel.Risk = Engine();
        _kernel.Calendar = MarketCalendars.Krx;
        // KRX: 09:00–15:30 KST = 00:00–06:30 UTC. Bars at 01:00 and 05:00 UTC on 2024-01-03, then 01:00 UTC on 01-04.
        var day = new DateTimeOffset(2024, 1, 3, 1, 0, 0, TimeSpan.Zero);
        _kernel.Bar(0, day, 100m).Bar(0, day.AddHours(4), 100m).Bar(0, day.AddDays(1), 100m);

        await _kernel.RunAsync();

        var kinds = _kernel.Strategy.Sessions.Select(s => (s.Kind, s.TradingDate)).ToList();
        kinds.ShouldContain((SessionEventKind.Close, new DateOnly(2024, 1, 3)));
        kinds.ShouldContain((SessionEventKind.Open, new DateOnly(2024, 1, 4)));
        kinds.ShouldContain((SessionEventKind.PreMarket, new DateOnly(2024, 1, 4)));
        _kernel.Strategy.Sessions.ShouldAllBe(s => s.Market == "KRX");
    }

    [Theory]
    [InlineData(-1.0, null, 1.0, 1.0, "stop loss")]
    [InlineData(null, 0.0, 1.0, 1.0, "take profit")]
    [InlineData(null, null, 0.5, 1.0, "leverage")]
    [InlineData(null, null, 1.0, 1.5, "confidence")]
    public async Task Intents_with_insane_levels_are_skipped_with_the_reason_before_any_order(double? stop, double? takeProfit, double leverage, double confidence, string named)
    {
        _kernel.Risk = Engine();
        _kernel.Bar(0, Day1, 100m);
        _kernel.Strategy.At(Day1, _ => Intent(A) with
        {
            StopLoss = (decimal?)stop, TakeProfit = (decimal?)takeProfit, Leverage = (decimal)leverage, Confidence = confidence,
        });

        var result = await _kernel.RunAsync();

        result.Orders.ShouldBeEmpty();
        result.SkippedIntents.ShouldHaveSingleItem().Reason.ShouldContain(named);
    }
}
