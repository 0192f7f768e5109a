using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Tests.Support;

namespace Ouroboros.Risk.Tests.Exits;

/// <summary>Stop loss −2%, trailing stop 3%, take profit 6%, at most 6% of margin lost; positions opened at 100.</summary>
public sealed class PositionExitRulesTests
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

    [Theory]
    [InlineData(1, 0.02)]
    [InlineData(3, 0.02)]
    [InlineData(4, 0.015)]
    [InlineData(10, 0.006)]
    public void Effective_stop_keeps_the_margin_loss_within_the_limit_as_leverage_grows(double leverage, double fraction) =>
        _rules.EffectiveStopFraction((decimal)leverage).ShouldBe((decimal)fraction);

    [Fact]
    public void Long_stop_loss_fires_at_exactly_two_percent_below_the_average_price()
    {
        Long();
        At(98.01m).ShouldBeNull();
        var signal = At(98m).ShouldNotBeNull();

        signal.ShouldBe(new ExitSignal(Spy, "stop_loss", 98m, 98m, T0,
            "long US:SPY closed at 98, at or below its stop 98, 2% below the average price 100; exit at market on the next fill"));
    }

    [Fact]
    public void Short_stop_loss_fires_at_exactly_two_percent_above_the_average_price()
    {
        Short();
        At(101.99m).ShouldBeNull();
        var signal = At(102m).ShouldNotBeNull();

        signal.Rule.ShouldBe("stop_loss");
        signal.TriggerPrice.ShouldBe(102m);
        signal.Reason.ShouldBe("short US:SPY closed at 102, at or above its stop 102, 2% above the average price 100; exit at market on the next fill");
    }

    [Fact]
    public void Long_take_profit_fires_at_exactly_six_percent_above_the_average_price()
    {
        Long();
        At(105.99m).ShouldBeNull();
        var signal = At(106m).ShouldNotBeNull();

        signal.Rule.ShouldBe("take_profit");
        signal.TriggerPrice.ShouldBe(106m);
        signal.Reason.ShouldBe("long US:SPY closed at 106, at or above its take-profit 106, 6% above the average price 100; exit at market on the next fill");
    }

    [Fact]
    public void Short_take_profit_fires_at_exactly_six_percent_below_the_average_price()
    {
        Short();
        At(94.01m).ShouldBeNull();
        At(94m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("take_profit"), s => s.TriggerPrice.ShouldBe(94m));
    }

    [Fact]
    public void Long_trailing_stop_fires_three_percent_below_the_best_close()
    {
        Long();
        At(105m).ShouldBeNull();
        At(101.86m).ShouldBeNull();
        var signal = At(101.85m).ShouldNotBeNull();

        signal.Rule.ShouldBe("trailing_stop");
        signal.TriggerPrice.ShouldBe(101.85m);
        signal.Reason.ShouldBe("long US:SPY closed at 101.85, at or below its trailing stop 101.85, 3% below the best close 105 since entry; exit at market on the next fill");
    }

    [Fact]
    public void Short_trailing_stop_fires_three_percent_above_the_lowest_close()
    {
        Short();
        At(95m).ShouldBeNull();
        At(97.84m).ShouldBeNull();
        At(97.85m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("trailing_stop"), s => s.TriggerPrice.ShouldBe(97.85m));
    }

    [Fact]
    public void Trailing_stop_is_armed_only_once_the_best_close_is_above_the_average_price()
    {
        var wideStop = new PositionExitRules(-0.10m, 0.03m, 0.06m, 0.20m);
        wideStop.OnPositionOpened(Spy, 1, 100m, 1m, null, null);

        wideStop.OnPrice(Spy, 99m, T0).ShouldBeNull();
        wideStop.OnPrice(Spy, 96.5m, T0).ShouldBeNull(); // 3.5% under the entry, but there is no gain to protect yet
        wideStop.OnPrice(Spy, 101m, T0).ShouldBeNull();
        wideStop.OnPrice(Spy, 97.97m, T0).ShouldNotBeNull().Rule.ShouldBe("trailing_stop");
    }

    [Fact]
    public void Short_trailing_stop_is_armed_only_once_the_best_close_is_below_the_average_price()
    {
        var wideStop = new PositionExitRules(-0.10m, 0.03m, 0.06m, 0.20m);
        wideStop.OnPositionOpened(Spy, -1, 100m, 1m, null, null);

        wideStop.OnPrice(Spy, 103.5m, T0).ShouldBeNull();
        wideStop.OnPrice(Spy, 99m, T0).ShouldBeNull();
        wideStop.OnPrice(Spy, 101.97m, T0).ShouldNotBeNull().Rule.ShouldBe("trailing_stop");
    }

    [Fact]
    public void Stop_loss_wins_when_the_trailing_stop_triggers_on_the_same_close()
    {
        Long();
        At(100.5m).ShouldBeNull(); // trailing armed at 97.485
        At(97m).ShouldNotBeNull().Rule.ShouldBe("stop_loss");
    }

    [Fact]
    public void Trailing_stop_wins_when_the_take_profit_triggers_on_the_same_close()
    {
        Long();
        At(112m).ShouldNotBeNull().Rule.ShouldBe("take_profit");
        _rules.Rearm(Spy);
        // 108 is above the take profit (106) and below the trailing stop (112 × 0.97 = 108.64).
        At(108m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("trailing_stop"), s => s.TriggerPrice.ShouldBe(108.64m));
    }

    [Fact]
    public void Leverage_moves_the_stop_closer_so_ten_times_leverage_stops_at_point_six_percent()
    {
        Long(leverage: 10m);
        At(99.41m).ShouldBeNull();
        var signal = At(99.4m).ShouldNotBeNull();

        signal.Rule.ShouldBe("stop_loss");
        signal.TriggerPrice.ShouldBe(99.4m);
        signal.Reason.ShouldContain("0.6% below the average price 100 (at leverage 10 the margin loss stays within 6%)");
    }

    [Fact]
    public void Short_stop_at_ten_times_leverage_is_point_six_percent_above()
    {
        Short(leverage: 10m);
        At(100.59m).ShouldBeNull();
        At(100.6m).ShouldNotBeNull().Rule.ShouldBe("stop_loss");
    }

    [Fact]
    public void A_tighter_intent_stop_replaces_the_default()
    {
        Long(stop: 99m);
        At(99.01m).ShouldBeNull();
        At(99m).ShouldNotBeNull().Reason.ShouldBe("long US:SPY closed at 99, at or below the intent's stop 99; exit at market on the next fill");
    }

    [Fact]
    public void A_looser_intent_stop_is_capped_at_the_effective_stop()
    {
        Long(stop: 95m);
        At(98m).ShouldNotBeNull().TriggerPrice.ShouldBe(98m);
    }

    [Fact]
    public void An_intent_stop_looser_than_the_leveraged_stop_is_capped_at_it()
    {
        Long(leverage: 10m, stop: 99m);
        At(99.4m).ShouldNotBeNull().TriggerPrice.ShouldBe(99.4m);
    }

    [Fact]
    public void A_short_intent_stop_is_honoured_when_tighter_and_capped_when_looser()
    {
        Short(stop: 101m);
        At(101m).ShouldNotBeNull().TriggerPrice.ShouldBe(101m);
        Short(stop: 105m);
        At(102m).ShouldNotBeNull().TriggerPrice.ShouldBe(102m);
    }

    [Fact]
    public void The_intent_take_profit_replaces_the_default_in_either_direction()
    {
        Long(takeProfit: 103m);
        At(103m).ShouldNotBeNull().Reason.ShouldBe("long US:SPY closed at 103, at or above the intent's take-profit 103; exit at market on the next fill");

        Long(takeProfit: 110m);
        At(106m).ShouldBeNull();
        At(110m).ShouldNotBeNull().Rule.ShouldBe("take_profit");

        Short(takeProfit: 97m);
        At(97m).ShouldNotBeNull().ShouldSatisfyAllConditions(s => s.Rule.ShouldBe("take_profit"), s => s.TriggerPrice.ShouldBe(97m));
    }
}
