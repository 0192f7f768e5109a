using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>At most 10 approved orders in any 60 seconds, exits included.</summary>
public sealed class OrderRateGateTests
{
    private readonly OrderRateGate _gate = new(10);

    private static RiskHistory OrdersSecondsAgo(int count, double secondsAgo) => WithOrders(count, Checks.T0.AddSeconds(-secondsAgo));

    [Fact]
    public void Gate_is_named_order_rate()
    {
        _gate.Name.ShouldBe("order_rate");
        _gate.MaxPerMinute.ShouldBe(10);
    }

    [Fact]
    public void Gate_allows_an_order_while_fewer_than_the_limit_were_approved_in_the_last_minute() =>
        _gate.Evaluate(Checks.Entry() with { History = OrdersSecondsAgo(9, 1) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_order_once_the_limit_is_reached_within_a_minute()
    {
        var verdict = _gate.Evaluate(Checks.Entry() with { History = OrdersSecondsAgo(10, 30) });

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("order_rate");
        verdict.Reason.ShouldBe("10 orders approved since 2024-03-04 14:59:00Z reach the limit of 10 per minute; try again in a minute");
        verdict.Figures.ShouldContain(RiskFigure.Of("orders_last_minute", 10));
        verdict.Figures.ShouldContain(RiskFigure.Of("limit", 10));
    }

    [Fact]
    public void Gate_counts_an_order_exactly_60_seconds_old() =>
        _gate.Evaluate(Checks.Entry() with { History = OrdersSecondsAgo(10, 60) }).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_forgets_an_order_older_than_60_seconds() =>
        _gate.Evaluate(Checks.Entry() with { History = WithOrders(10, Checks.T0.AddSeconds(-60).AddTicks(-1)) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_counts_only_the_orders_inside_the_window()
    {
        var history = WithOrdersAt([.. Enumerable.Repeat(Checks.T0.AddSeconds(-90), 5), .. Enumerable.Repeat(Checks.T0.AddSeconds(-20), 9)]);
        _gate.Evaluate(Checks.Entry() with { History = history }).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_throttles_exits_too_because_a_runaway_loop_of_exits_is_still_a_runaway_loop()
    {
        var history = OrdersSecondsAgo(10, 5);
        _gate.Evaluate(Checks.Exit() with { History = history }).IsApproved.ShouldBeFalse();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, history: history)).IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void Gate_lets_a_throttled_exit_go_a_minute_later()
    {
        var history = OrdersSecondsAgo(10, 5);
        _gate.Evaluate(Checks.Exit() with { History = history, Time = Checks.T0.AddSeconds(56) }).IsApproved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_rejects_a_limit_below_one(int max) => Should.Throw<ArgumentOutOfRangeException>(() => new OrderRateGate(max));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
