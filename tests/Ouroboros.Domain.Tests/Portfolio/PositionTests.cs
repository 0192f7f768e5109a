using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Tests.Support;

namespace Ouroboros.Domain.Tests.Portfolio;

/// <summary>Average cost, realised and unrealised P&amp;L, round trips and flips of one position.</summary>
public sealed class PositionTests
{
    private readonly Position _position = new(Make.Spy);

    [Fact]
    public void A_new_position_is_flat()
    {
        _position.IsFlat.ShouldBeTrue();
        _position.OpenedAt.ShouldBeNull();
        _position.UnrealizedPnl(123m).ShouldBe(0m);
        _position.ToOpenTrade(123m).ShouldBeNull();
    }

    [Fact]
    public void Buys_average_their_cost_by_quantity()
    {
        _position.Apply(Make.Buy(10m, 100m, 1m)).ShouldBeNull();
        _position.Apply(Make.Buy(30m, 104m, 1m, minute: 5)).ShouldBeNull();

        _position.Quantity.ShouldBe(40m);
        _position.AveragePrice.ShouldBe(103m);
        _position.FeesPaid.ShouldBe(2m);
        _position.RealizedPnl.ShouldBe(0m);
        _position.OpenedAt.ShouldBe(Make.T0);
    }

    [Fact]
    public void Unrealised_pnl_and_market_value_are_marked_against_the_average_cost()
    {
        _position.Apply(Make.Buy(10m, 100m));

        _position.UnrealizedPnl(112m).ShouldBe(120m);
        _position.MarketValue(112m).ShouldBe(1_120m);
    }

    [Fact]
    public void A_partial_close_books_realised_pnl_and_keeps_the_average_cost()
    {
        _position.Apply(Make.Buy(10m, 100m, 2m));

        _position.Apply(Make.Sell(4m, 110m, 1m, minute: 1)).ShouldBeNull();

        _position.Quantity.ShouldBe(6m);
        _position.AveragePrice.ShouldBe(100m);
        _position.RealizedPnl.ShouldBe(40m);
        _position.FeesPaid.ShouldBe(3m);
    }

    [Fact]
    public void A_full_close_reports_the_round_trip_with_all_its_fees()
    {
        _position.Apply(Make.Buy(10m, 100m, 2m));
        _position.Apply(Make.Sell(4m, 110m, 1m, minute: 1));

        var trade = _position.Apply(Make.Sell(6m, 90m, 1m, minute: 2)).ShouldNotBeNull();

        _position.IsFlat.ShouldBeTrue();
        _position.AveragePrice.ShouldBe(0m);
        _position.RealizedPnl.ShouldBe(40m - 60m);
        trade.Instrument.ShouldBe(Make.Spy);
        trade.Direction.ShouldBe(OrderSide.Buy);
        trade.EntryTime.ShouldBe(Make.T0);
        trade.ExitTime.ShouldBe(Make.T0.AddMinutes(2));
        trade.EntryPrice.ShouldBe(100m);
        trade.ExitPrice.ShouldBe(98m);
        trade.Quantity.ShouldBe(10m);
        trade.GrossPnl.ShouldBe(-20m);
        trade.Fees.ShouldBe(4m);
        trade.NetPnl.ShouldBe(-24m);
        trade.ReturnPct.ShouldBe(-0.024m);
        trade.Duration.ShouldBe(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void A_short_round_trip_profits_when_the_price_falls()
    {
        _position.Apply(Make.Sell(5m, 100m, 1m));
        _position.Quantity.ShouldBe(-5m);
        _position.UnrealizedPnl(90m).ShouldBe(50m);

        var trade = _position.Apply(Make.Buy(5m, 90m, 1m, minute: 3)).ShouldNotBeNull();

        trade.Direction.ShouldBe(OrderSide.Sell);
        trade.GrossPnl.ShouldBe(50m);
        trade.NetPnl.ShouldBe(48m);
        _position.RealizedPnl.ShouldBe(50m);
    }

    [Fact]
    public void A_flip_from_long_to_short_closes_the_long_trade_and_opens_the_rest_at_the_fill_price()
    {
        _position.Apply(Make.Buy(10m, 100m, 2m));

        var trade = _position.Apply(Make.Sell(15m, 120m, 3m, minute: 7)).ShouldNotBeNull();

        trade.Direction.ShouldBe(OrderSide.Buy);
        trade.Quantity.ShouldBe(10m);
        trade.ExitPrice.ShouldBe(120m);
        trade.GrossPnl.ShouldBe(200m);
        trade.Fees.ShouldBe(2m + 2m); // entry fee + 10/15 of the flip's fee
        _position.Quantity.ShouldBe(-5m);
        _position.AveragePrice.ShouldBe(120m);
        _position.OpenedAt.ShouldBe(Make.T0.AddMinutes(7));
        _position.FeesPaid.ShouldBe(5m);

        var open = _position.ToOpenTrade(110m).ShouldNotBeNull();
        open.Direction.ShouldBe(OrderSide.Sell);
        open.Quantity.ShouldBe(5m);
        open.EntryPrice.ShouldBe(120m);
        open.FeesPaid.ShouldBe(1m); // the other 5/15 of the flip's fee
        open.UnrealizedPnl.ShouldBe(50m);
        open.MarkPrice.ShouldBe(110m);
    }

    [Fact]
    public void The_trade_opened_by_a_flip_carries_its_share_of_the_fee_into_its_own_round_trip()
    {
        _position.Apply(Make.Buy(10m, 100m, 2m));
        _position.Apply(Make.Sell(15m, 120m, 3m, minute: 1));

        var second = _position.Apply(Make.Buy(5m, 110m, 0.5m, minute: 2)).ShouldNotBeNull();

        second.Direction.ShouldBe(OrderSide.Sell);
        second.EntryTime.ShouldBe(Make.T0.AddMinutes(1));
        second.GrossPnl.ShouldBe(50m);
        second.Fees.ShouldBe(1.5m);
        _position.RealizedPnl.ShouldBe(250m);
    }

    [Fact]
    public void Open_trade_reports_the_fees_paid_on_the_way_in()
    {
        _position.Apply(Make.Buy(10m, 100m, 2m));
        _position.Apply(Make.Buy(10m, 110m, 3m));
        _position.Apply(Make.Sell(5m, 120m, 1m));

        var open = _position.ToOpenTrade(100m).ShouldNotBeNull();

        open.FeesPaid.ShouldBe(6m);
        open.Quantity.ShouldBe(15m);
        open.EntryPrice.ShouldBe(105m);
        open.UnrealizedPnl.ShouldBe(-75m);
    }

    [Fact]
    public void A_fill_for_another_instrument_is_refused() =>
        Should.Throw<ArgumentException>(() => _position.Apply(Make.Fill(OrderSide.Buy, 1m, 1m, instrument: new InstrumentId("US:QQQ"))));
}
