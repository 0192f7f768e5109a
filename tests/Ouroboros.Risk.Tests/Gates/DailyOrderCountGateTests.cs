using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Tests.Support;
using static Ouroboros.Risk.Tests.Support.HistoryFixtures;

namespace Ouroboros.Risk.Tests.Gates;

/// <summary>At most 50 approved orders a trading day open or add to positions; exits are never trapped by the count.</summary>
public sealed class DailyOrderCountGateTests
{
    private readonly DailyOrderCountGate _gate = new(50);

    [Fact]
    public void Gate_is_named_daily_order_count()
    {
        _gate.Name.ShouldBe("daily_order_count");
        _gate.MaxPerDay.ShouldBe(50);
    }

    [Fact]
    public void Gate_allows_an_entry_while_fewer_orders_than_the_limit_were_approved_today() =>
        _gate.Evaluate(Checks.Entry() with { History = WithOrders(49, Minutes(-300)) }).IsApproved.ShouldBeTrue();

    [Fact]
    public void Gate_denies_an_entry_once_the_limit_is_reached()
    {
        var verdict = _gate.Evaluate(Checks.Entry() with { History = WithOrders(50, Minutes(-300)) });

        verdict.IsApproved.ShouldBeFalse();
        verdict.IsDataMissing.ShouldBeFalse();
        verdict.Gate.ShouldBe("daily_order_count");
        verdict.Reason.ShouldBe("50 orders already approved on trading day 2024-03-04 reach the limit of 50 per day; only exits until the next trading day");
        verdict.Figures.ShouldBe([RiskFigure.Of("orders_today", 50), RiskFigure.Of("limit", 50), new RiskFigure("trading_date", "2024-03-04")]);
    }

    [Fact]
    public void Gate_denies_a_short_entry_once_the_limit_is_reached() =>
        _gate.Evaluate(Checks.Of(OrderSide.Sell, position: 0m, history: WithOrders(50, Minutes(-1)))).IsApproved.ShouldBeFalse();

    [Fact]
    public void Gate_allows_exits_past_the_limit()
    {
        var history = WithOrders(500, Minutes(-1));
        _gate.Evaluate(Checks.Exit() with { History = history }).IsApproved.ShouldBeTrue();
        _gate.Evaluate(Checks.Of(OrderSide.Buy, position: -100m, history: history)).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_allows_entries_again_on_the_next_trading_day()
    {
        var history = WithOrders(50, Minutes(-1));
        history.StartTradingDay();
        _gate.Evaluate(Checks.Entry() with { History = history }).IsApproved.ShouldBeTrue();
    }

    [Fact]
    public void Gate_with_a_limit_of_one_allows_only_the_first_entry_of_the_day()
    {
        var gate = new DailyOrderCountGate(1);
        gate.Evaluate(Checks.Entry()).IsApproved.ShouldBeTrue();
        gate.Evaluate(Checks.Entry() with { History = WithOrders(1, Minutes(-1)) }).IsApproved.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_rejects_a_limit_below_one(int max) => Should.Throw<ArgumentOutOfRangeException>(() => new DailyOrderCountGate(max));

    [Fact]
    public void Evaluate_rejects_a_null_check() => Should.Throw<ArgumentNullException>(() => _gate.Evaluate(null!));
}
