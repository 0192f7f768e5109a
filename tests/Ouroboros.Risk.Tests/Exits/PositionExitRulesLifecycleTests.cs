using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Policy;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Exits;

/// <summary>Tracking, signalling once, re-arming and input checks of the exit rules (−2% / 3% / 6% / 6%; opened at 100).</summary>
public sealed class PositionExitRulesLifecycleTests
{
    private static readonly InstrumentId Spy = Checks.Spy.Id;
    private static readonly DateTimeOffset T0 = Checks.T0;
    private readonly PositionExitRules _rules = new(-0.02m, 0.03m, 0.06m, 0.06m);

    private PositionExitRules Long(decimal leverage = 1m, decimal? stop = null, decimal? takeProfit = null) => Open(1, leverage, stop, takeProfit);
    private PositionExitRules Short(decimal leverage = 1m, decimal? stop = null, decimal? takeProfit = null) => Open(-1, leverage, stop, takeProfit);

    private PositionExitRules Open(int direction, decimal leverage, decimal? stop, decimal? takeProfit)
    {
        _rules.OnPositionOpened(Spy, direction, 100m, leverage, stop, takeProfit);
        return _rules;
    }

    private ExitSignal? At(decimal price) => _rules.OnPrice(Spy, price, T0);

    [Fact]
    public void A_position_signals_only_once_while_its_exit_order_is_working()
    {
        Long();
        At(98m).ShouldNotBeNull();
        At(97m).ShouldBeNull();
        At(90m).ShouldBeNull();
        At(120m).ShouldBeNull();
    }

    [Fact]
    public void Rearm_lets_a_position_whose_exit_was_denied_signal_again()
    {
        Long();
        At(98m).ShouldNotBeNull();
        _rules.Rearm(Spy);
        At(97m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("stop_loss"), s => s.Price.ShouldBe(97m));
    }

    [Fact]
    public void Best_close_keeps_moving_while_an_exit_is_working()
    {
        Long();
        At(110m).ShouldNotBeNull().Rule.ShouldBe("take_profit");
        At(120m).ShouldBeNull();
        _rules.Rearm(Spy);
        At(116m).ShouldNotBeNull().TriggerPrice.ShouldBe(116.4m); // 120 × 0.97
    }

    [Fact]
    public void Adding_to_a_position_moves_the_default_levels_with_the_average_price()
    {
        Long();
        _rules.OnAveragePriceChanged(Spy, 110m);
        At(107.81m).ShouldBeNull();
        At(107.8m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("stop_loss"), s => s.TriggerPrice.ShouldBe(107.8m));

        Long();
        _rules.OnAveragePriceChanged(Spy, 110m);
        At(116.59m).ShouldBeNull();
        At(116.6m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("take_profit"), s => s.TriggerPrice.ShouldBe(116.6m));
    }

    [Fact]
    public void Adding_to_a_position_keeps_the_intent_take_profit()
    {
        Long(takeProfit: 104m);
        _rules.OnAveragePriceChanged(Spy, 101m);
        At(103.99m).ShouldBeNull();
        At(104m).ShouldNotBeNull().TriggerPrice.ShouldBe(104m);
    }

    [Fact]
    public void Closing_a_position_stops_tracking_it()
    {
        Long();
        _rules.IsTracking(Spy).ShouldBeTrue();
        _rules.OnPositionClosed(Spy);

        _rules.IsTracking(Spy).ShouldBeFalse();
        At(50m).ShouldBeNull();
    }

    [Fact]
    public void Untracked_instruments_never_signal_and_their_updates_are_ignored()
    {
        _rules.OnPrice(Spy, 1m, T0).ShouldBeNull();
        _rules.OnAveragePriceChanged(Spy, 100m);
        _rules.Rearm(Spy);
        _rules.IsTracking(Spy).ShouldBeFalse();
    }

    [Fact]
    public void Reopening_the_other_side_replaces_the_tracked_position()
    {
        Long();
        Short();
        At(98m).ShouldBeNull();
        At(102m).ShouldNotBeNull().Rule.ShouldBe("stop_loss");
    }

    [Fact]
    public void A_close_that_triggers_nothing_allocates_nothing()
    {
        Long();
        At(101m).ShouldBeNull();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) At(99m + (i % 3)).ShouldBeNull(); // inside 98 (stop), 97.97 (trail) and 106
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }

    [Fact]
    public void Rules_can_be_built_from_the_hard_policy()
    {
        var rules = PositionExitRules.From(RiskPolicy.Hard);
        rules.StopLoss.ShouldBe(-0.02m);
        rules.TrailingStop.ShouldBe(0.03m);
        rules.TakeProfit.ShouldBe(0.06m);
        rules.MaxMarginLoss.ShouldBe(0.06m);
    }

    [Theory]
    [InlineData(0, 0.03, 0.06, 0.06)]
    [InlineData(0.02, 0.03, 0.06, 0.06)]
    [InlineData(-1, 0.03, 0.06, 0.06)]
    [InlineData(-0.02, 0, 0.06, 0.06)]
    [InlineData(-0.02, 1, 0.06, 0.06)]
    [InlineData(-0.02, 0.03, 0, 0.06)]
    [InlineData(-0.02, 0.03, 0.06, 0)]
    [InlineData(-0.02, 0.03, 0.06, 1.01)]
    public void Constructor_rejects_meaningless_fractions(double stopLoss, double trailing, double takeProfit, double maxMarginLoss) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PositionExitRules((decimal)stopLoss, (decimal)trailing, (decimal)takeProfit, (decimal)maxMarginLoss));

    [Fact]
    public void Opening_rejects_bad_input()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 0, 100m, 1m, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 2, 100m, 1m, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 1, 0m, 1m, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 1, 100m, 0.5m, null, null));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 1, 100m, 1m, 0m, null));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnPositionOpened(Spy, 1, 100m, 1m, null, -1m));
        _rules.IsTracking(Spy).ShouldBeFalse();
    }

    [Fact]
    public void Prices_must_be_positive()
    {
        Long();
        Should.Throw<ArgumentOutOfRangeException>(() => At(0m));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.OnAveragePriceChanged(Spy, -1m));
        Should.Throw<ArgumentOutOfRangeException>(() => _rules.EffectiveStopFraction(0.99m));
    }
}
