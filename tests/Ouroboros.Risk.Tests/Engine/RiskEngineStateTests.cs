using Ouroboros.Risk.Engine;
using Ouroboros.Risk.State;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Tests.Engine;

/// <summary>
/// The trading state is checked before any gate: HALTED stops entries (and exits when the policy says so), REDUCING
/// allows only exits, a kill stops everything until an operator resumes. States lift at a new trading day as documented.
/// </summary>
public sealed class RiskEngineStateTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;
    private static readonly DateOnly NextDay = new(2024, 3, 5);

    [Fact]
    public void A_halted_account_denies_entries_and_allows_exits_when_the_policy_allows_exits()
    {
        var engine = NewEngine();
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "broker outage");

        var entry = engine.Evaluate(Checks.Entry());

        entry.IsApproved.ShouldBeFalse();
        entry.Gate.ShouldBe(RiskEngine.StateGate);
        entry.Reason.ShouldBe("no entries while account HALTED since 2024-03-04 15:00Z (operator: broker outage (by ops))");
        entry.FigureValue("state").ShouldBe("Halted");
        entry.FigureValue("cause").ShouldBe("operator");
        engine.Evaluate(Checks.Exit()).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_halted_account_denies_exits_too_when_the_policy_forbids_exits_when_halted()
    {
        var engine = NewEngine(limits: NoExitsWhenHalted);
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "broker outage");

        var exit = engine.Evaluate(Checks.Exit());

        exit.IsApproved.ShouldBeFalse();
        exit.Gate.ShouldBe("trading_state");
        exit.Reason.ShouldNotBeNull().ShouldStartWith("no orders at all while account HALTED");
        exit.Reason.ShouldEndWith("(exits are not allowed when halted)");
        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void A_reducing_account_denies_entries_and_allows_exits()
    {
        var engine = NewEngine(limits: NoExitsWhenHalted);
        engine.States.Move(TradingStateBook.AccountScope, TradingState.Reducing, T0, "daily_loss_limit", "down 5%");

        var entry = engine.Evaluate(Checks.Entry());

        entry.IsApproved.ShouldBeFalse();
        entry.Gate.ShouldBe("trading_state");
        entry.Reason.ShouldBe("only exits while account REDUCING since 2024-03-04 15:00Z (daily_loss_limit: down 5%)");
        engine.Evaluate(Checks.Exit()).IsApproved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_kill_denies_every_order_including_exits_and_survives_a_new_trading_day(bool backtest)
    {
        var engine = NewEngine(backtest);
        engine.Kill(T0, Ops, "runaway strategy");
        engine.StartTradingDay(T0.AddDays(1), NextDay);

        foreach (var check in new[] { Checks.Entry(), Checks.Exit() })
        {
            var verdict = engine.Evaluate(check with { TradingDate = NextDay, Time = T0.AddDays(1) });
            verdict.IsApproved.ShouldBeFalse();
            verdict.Gate.ShouldBe("trading_state");
            verdict.Reason.ShouldNotBeNull().ShouldStartWith("kill switch engaged: account HALTED since 2024-03-04 15:00Z (kill_switch: runaway strategy (by ops))");
            verdict.Reason.ShouldEndWith("nothing trades until an operator resumes");
        }
        engine.States.Get("account").Killed.ShouldBeTrue();
    }

    [Fact]
    public void Resuming_after_a_kill_clears_the_kill_and_trading_starts_again()
    {
        var engine = NewEngine();
        engine.Kill(T0, Ops, "runaway strategy");

        engine.Resume(TradingStateBook.AccountScope, T0.AddMinutes(5), Ops, "fixed");

        engine.States.Get("account").ShouldSatisfyAllConditions(s => s.Killed.ShouldBeFalse(), s => s.State.ShouldBe(TradingState.Active));
        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        engine.Evaluate(Checks.Exit()).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_backtest_lifts_a_halt_at_the_next_trading_day()
    {
        var engine = NewEngine(backtest: true);
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");

        engine.StartTradingDay(T0.AddDays(1), NextDay);

        engine.States.Get("account").State.ShouldBe(TradingState.Active);
        engine.Events.StateChanges()[^1].Source.ShouldBe("new_trading_day");
        engine.Events.StateChanges()[^1].Message.ShouldBe("account: HALTED → ACTIVE (new_trading_day): trading day 2024-03-05 began");
        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Live_trading_keeps_a_halt_over_the_next_trading_day_until_an_operator_resumes()
    {
        var engine = NewEngine(backtest: false);
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");

        engine.StartTradingDay(T0.AddDays(1), NextDay);

        engine.States.Get("account").State.ShouldBe(TradingState.Halted);
        engine.Events.StateChanges().Length.ShouldBe(1);
        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reducing_always_lifts_at_the_next_trading_day(bool backtest)
    {
        var engine = NewEngine(backtest);
        engine.States.Move(TradingStateBook.AccountScope, TradingState.Reducing, T0, "daily_loss_limit", "down 5%");
        engine.States.Move("KRX", TradingState.Reducing, T0, "operator", "KRX only exits");

        engine.StartTradingDay(T0.AddDays(1), NextDay);

        engine.States.All.ShouldAllBe(s => s.State == TradingState.Active);
        engine.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        engine.Evaluate(Checks.Entry().In("KRX")).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void A_market_halt_denies_entries_in_that_market_only()
    {
        var engine = NewEngine();
        engine.Halt("KRX", T0, Ops, "exchange glitch");

        var krx = engine.Evaluate(Checks.Entry().In("KRX"));

        krx.IsApproved.ShouldBeFalse();
        krx.Reason.ShouldNotBeNull().ShouldStartWith("no entries while KRX HALTED");
        krx.FigureValue("scope").ShouldBe("KRX");
        engine.Evaluate(Checks.Entry().In("krx")).IsApproved.ShouldBeFalse();
        engine.Evaluate(Checks.Exit().In("KRX")).IsApproved.ShouldBeTrue();
        engine.Evaluate(Checks.Entry().In("NYSE")).IsApproved.ShouldBeTrue();
        engine.Evaluate(Checks.Entry().In(null)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void An_account_halt_applies_to_every_market()
    {
        var engine = NewEngine();
        engine.States.Move("KRX", TradingState.Reducing, T0, "operator", "KRX only exits");
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");

        foreach (var market in new[] { "KRX", "NYSE", "CRYPTO" })
            engine.Evaluate(Checks.Entry().In(market)).Reason.ShouldNotBeNull().ShouldStartWith("no entries while account HALTED");
    }

    [Theory]
    [InlineData(null, 100_000)]
    [InlineData(100_000, null)]
    [InlineData(100_000, 0)]
    public void Unknown_equity_denies_entries_as_data_missing_but_lets_exits_through(int? equity, int? dayStart)
    {
        var engine = NewEngine();

        var entry = engine.Evaluate(Checks.Entry(equity: equity, dayStart: dayStart));

        entry.IsApproved.ShouldBeFalse();
        entry.IsDataMissing.ShouldBeTrue();
        entry.Gate.ShouldBe("trading_state");
        entry.Reason.ShouldBe("data missing: equity or start-of-day equity is unknown, so the daily P&L limits cannot be checked");
        engine.Evaluate(Checks.Exit(equity: equity, dayStart: dayStart)).IsApproved.ShouldBeTrue();
        engine.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Approvals_count_towards_the_orders_of_the_day_and_denials_do_not()
    {
        var engine = NewEngine();

        engine.Evaluate(Checks.Entry());
        engine.Evaluate(Checks.Exit());
        engine.Evaluate(Checks.Entry(equity: null));

        engine.History.OrdersToday.ShouldBe(2);
        engine.History.OrdersSince(T0).ShouldBe(2);
        engine.StartTradingDay(T0.AddDays(1), NextDay);
        engine.History.OrdersToday.ShouldBe(0);
    }

    [Fact]
    public void Every_transition_raises_exactly_one_state_change_event_and_repeating_a_state_raises_none()
    {
        var engine = NewEngine(backtest: true);

        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");
        engine.Halt(TradingStateBook.AccountScope, T0.AddMinutes(1), Ops, "pause again");
        engine.Resume(TradingStateBook.AccountScope, T0.AddMinutes(2), Ops, "ok");
        engine.Resume(TradingStateBook.AccountScope, T0.AddMinutes(3), Ops, "still ok");
        engine.Kill(T0.AddMinutes(4), Ops, "panic");
        engine.StartTradingDay(T0.AddDays(1), NextDay);

        engine.Events.Count.ShouldBe(3);
        engine.Events.ShouldAllBe(e => e.Kind == RiskEventKind.StateChanged && e.Scope == "account" && e.Figures == "{}");
        engine.Events.Select(e => e.Message).ShouldBe([
            "account: ACTIVE → HALTED (operator): pause (by ops)",
            "account: HALTED → ACTIVE (operator): ok (by ops)",
            "account: ACTIVE → HALTED (kill_switch): panic (by ops)",
        ]);
        engine.Events.Select(e => e.Time).ShouldBe([T0, T0.AddMinutes(2), T0.AddMinutes(4)]);
    }

    [Fact]
    public void Killing_an_already_halted_account_is_a_transition_of_its_own()
    {
        var engine = NewEngine();
        engine.Halt(TradingStateBook.AccountScope, T0, Ops, "pause");

        engine.Kill(T0.AddMinutes(1), Ops, "panic");

        engine.Events.StateChanges().Select(e => e.Source).ShouldBe(["operator", "kill_switch"]);
        engine.Evaluate(Checks.Exit()).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void A_circuit_breaker_transition_carries_its_figures_as_json()
    {
        var engine = NewEngine();

        engine.Evaluate(Checks.Entry().WithDayPnl(97_000m)).IsApproved.ShouldBeFalse();

        var change = engine.Events.StateChanges().ShouldHaveSingleItem();
        change.Source.ShouldBe("circuit_breaker");
        FiguresOf(change).ShouldBe(new Dictionary<string, string>
        {
            ["daily_pnl"] = "-0.03", ["limit"] = "-0.03", ["equity"] = "97000", ["day_start_equity"] = "100000",
        });
    }

    [Fact]
    public void State_change_figures_are_escaped_json_whatever_their_text()
    {
        var engine = NewEngine();
        RiskFigure[] figures = [new("note", "say \"halt\"\\now\n\u0001"), new("empty", "")];

        engine.States.Move("NYSE", TradingState.Halted, T0, "operator", "test", figures);

        FiguresOf(engine.Events.ShouldHaveSingleItem()).ShouldBe(new Dictionary<string, string> { ["note"] = "say \"halt\"\\now\n\u0001", ["empty"] = "" });
    }

    [Fact]
    public void Halting_a_killed_account_keeps_the_kill()
    {
        var engine = NewEngine(backtest: true);
        engine.Kill(T0, Ops, "panic");

        engine.Halt(TradingStateBook.AccountScope, T0.AddMinutes(1), "ops2", "also halting");

        engine.States.Get("account").Killed.ShouldBeTrue();
        engine.Evaluate(Checks.Exit()).IsApproved.ShouldBeFalse();
    }
}
