using Ouroboros.Risk.State;
using Ouroboros.Risk.Tests.Support;
using Ouroboros.Risk.Triggers;
using static Ouroboros.Risk.Tests.Support.EngineFixtures;
using Ouroboros.Risk.Events;

namespace Ouroboros.Risk.Tests.Triggers;

/// <summary>
/// The daily P&amp;L trigger (−3% circuit breaker → HALTED, −5% daily loss limit → REDUCING), each at most once per
/// trading day, fed with equity against a start-of-day equity of 100,000.
/// </summary>
public sealed class DailyPnlTriggerTests
{
    private static readonly DateTimeOffset T0 = Checks.T0;
    private static readonly DateOnly Day = new(2024, 3, 4);
    private static readonly DateOnly NextDay = new(2024, 3, 5);

    private readonly List<RiskEvent> _events = [];
    private readonly TradingStateBook _states;
    private readonly DailyPnlTrigger _trigger = new(-0.03m, -0.05m);

    public DailyPnlTriggerTests() => _states = new TradingStateBook(_events);

    private TradingState Account => _states.Get(TradingStateBook.AccountScope).State;

    private void Mark(decimal equity, int minutes = 0, DateOnly? date = null) =>
        _trigger.Observe(_states, date ?? Day, T0.AddMinutes(minutes), equity, 100_000m);

    private void OperatorResumes(int minutes) =>
        _states.Move(TradingStateBook.AccountScope, TradingState.Active, T0.AddMinutes(minutes), "operator", "resumed");

    [Fact]
    public void A_loss_of_exactly_3_percent_halts_the_account()
    {
        Mark(97_000m);

        Account.ShouldBe(TradingState.Halted);
        var change = _events.ShouldHaveSingleItem();
        change.Kind.ShouldBe(RiskEventKind.StateChanged);
        change.Source.ShouldBe(DailyPnlTrigger.CircuitBreaker);
        change.Message.ShouldStartWith("account: ACTIVE → HALTED (circuit_breaker): daily P&L -3.00");
        change.Message.ShouldEndWith("an operator must resume");
        FiguresOf(change)["daily_pnl"].ShouldBe("-0.03");
    }

    [Fact]
    public void A_loss_of_2_99_percent_does_not_halt_the_account()
    {
        Mark(97_010m);

        Account.ShouldBe(TradingState.Active);
        _events.ShouldBeEmpty();
    }

    [Fact]
    public void The_circuit_breaker_trips_once_per_trading_day_so_a_resume_is_not_undone_by_the_same_loss()
    {
        Mark(97_000m);
        OperatorResumes(10);

        Mark(96_900m, minutes: 20);
        Mark(96_000m, minutes: 30);

        Account.ShouldBe(TradingState.Active);
        _events.StateChanges().Select(e => e.Source).ShouldBe(["circuit_breaker", "operator"]);
    }

    [Fact]
    public void After_a_resume_a_deeper_loss_to_5_percent_moves_the_account_to_reducing()
    {
        Mark(97_000m);
        OperatorResumes(10);

        Mark(95_010m, minutes: 20);
        Account.ShouldBe(TradingState.Active);
        Mark(95_000m, minutes: 30);

        Account.ShouldBe(TradingState.Reducing);
        var change = _events[^1];
        change.Source.ShouldBe(DailyPnlTrigger.DailyLossLimit);
        change.Message.ShouldStartWith("account: ACTIVE → REDUCING (daily_loss_limit): daily P&L -5.00");
        change.Message.ShouldEndWith("only exits until the next trading day");
        FiguresOf(change)["limit"].ShouldBe("-0.05");
    }

    [Fact]
    public void The_daily_loss_limit_also_trips_once_per_trading_day()
    {
        Mark(97_000m);
        OperatorResumes(10);
        Mark(95_000m, minutes: 20);
        OperatorResumes(30);

        Mark(94_000m, minutes: 40);

        Account.ShouldBe(TradingState.Active);
        _events.Count.ShouldBe(4);
    }

    [Fact]
    public void A_gap_straight_to_minus_5_percent_halts_rather_than_reduces()
    {
        Mark(94_000m);

        Account.ShouldBe(TradingState.Halted);
        _events.ShouldHaveSingleItem().Source.ShouldBe(DailyPnlTrigger.CircuitBreaker);
    }

    [Fact]
    public void Both_limits_trip_again_on_a_new_trading_day()
    {
        Mark(97_000m);
        OperatorResumes(10);
        Mark(95_000m, minutes: 20);

        Mark(97_000m, minutes: 24 * 60, date: NextDay);
        OperatorResumes((24 * 60) + 10);
        Mark(95_000m, minutes: (24 * 60) + 20, date: NextDay);

        Account.ShouldBe(TradingState.Reducing);
        _events.Select(e => e.Source).ShouldBe(["circuit_breaker", "operator", "daily_loss_limit", "circuit_breaker", "operator", "daily_loss_limit"]);
    }

    [Fact]
    public void An_account_already_halted_by_an_operator_gets_no_second_halt_event()
    {
        _states.Move(TradingStateBook.AccountScope, TradingState.Halted, T0, "operator", "pause");

        Mark(96_000m, minutes: 1);

        _events.ShouldHaveSingleItem().Source.ShouldBe("operator");
    }

    [Fact]
    public void A_killed_account_stays_killed_whatever_the_loss()
    {
        _states.Move(TradingStateBook.AccountScope, TradingState.Halted, T0, "kill_switch", "panic", killed: true);

        Mark(96_000m, minutes: 1);
        Mark(94_000m, minutes: 2);

        _states.Get(TradingStateBook.AccountScope).Killed.ShouldBeTrue();
        _events.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(null, 100_000)]
    [InlineData(90_000, null)]
    [InlineData(90_000, 0)]
    [InlineData(90_000, -5)]
    public void An_unknown_daily_pnl_moves_nothing(int? equity, int? dayStart)
    {
        _trigger.Observe(_states, Day, T0, equity, dayStart);

        DailyPnlTrigger.DailyPnl(equity, dayStart).ShouldBeNull();
        _events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.01)]
    [InlineData(-1.01)]
    public void A_circuit_breaker_that_is_not_a_negative_fraction_is_refused(double breaker)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DailyPnlTrigger((decimal)breaker, -0.05m));
        Should.Throw<ArgumentOutOfRangeException>(() => new DailyPnlTrigger(-0.03m, (decimal)breaker));
    }

    [Fact]
    public void A_daily_loss_reached_while_halted_still_reduces_the_account_after_a_resume()
    {
        Mark(94_000m);
        Mark(94_000m, minutes: 1);
        OperatorResumes(10);

        Mark(93_000m, minutes: 20);

        Account.ShouldBe(TradingState.Reducing);
    }
}
