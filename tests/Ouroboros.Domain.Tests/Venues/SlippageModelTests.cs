using Ouroboros.Domain.Venues;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;

namespace Ouroboros.Domain.Tests.Venues;

/// <summary>Slippage moves market fills against the trader, on the tick grid, never below one tick.</summary>
public sealed class SlippageModelTests
{
    private static readonly Instrument Samsung = KrxVenue.Stock("005930");
    private static readonly Instrument Aapl = UsVenue.Equity("AAPL");
    private static readonly Instrument Btc = VenueRules.Instrument(Venue.Bybit, "BTCUSDT");

    [Theory]
    [InlineData(OrderSide.Buy, 70_000, 70_100)]
    [InlineData(OrderSide.Sell, 70_000, 69_900)]
    [InlineData(OrderSide.Buy, 1_999, 2_000)]
    [InlineData(OrderSide.Buy, 4_995, 5_000)]
    [InlineData(OrderSide.Sell, 5_010, 5_000)]
    public void One_tick_of_slippage_moves_the_price_one_tick_against_the_trader(OrderSide side, int price, int expected) =>
        new TickSlippage(1).Apply(Samsung, side, price).ShouldBe(expected);

    [Fact]
    public void Tick_slippage_scales_with_the_number_of_ticks()
    {
        new TickSlippage(3).Apply(Aapl, OrderSide.Buy, 100m).ShouldBe(100.03m);
        new TickSlippage(3).Apply(Aapl, OrderSide.Sell, 100m).ShouldBe(99.97m);
        new TickSlippage(0).Apply(Aapl, OrderSide.Sell, 100m).ShouldBe(100m);
    }

    [Fact]
    public void Tick_slippage_on_a_sell_never_goes_below_one_tick()
    {
        new TickSlippage(1).Apply(Samsung, OrderSide.Sell, 1m).ShouldBe(1m);
        new TickSlippage(5).Apply(Aapl, OrderSide.Sell, 0.02m).ShouldBe(0.01m);
    }

    [Fact]
    public void Tick_slippage_across_a_tick_step_lands_on_the_grid()
    {
        var buy = new TickSlippage(2).Apply(Samsung, OrderSide.Buy, 1_999m);

        Samsung.TickSize.IsOnGrid(buy).ShouldBeTrue($"{buy} is off the grid");
        buy.ShouldBe(2_005m);
    }

    [Fact]
    public void One_tick_of_sell_slippage_from_a_step_boundary_is_the_next_lower_grid_price() =>
        new TickSlippage(1).Apply(Samsung, OrderSide.Sell, 2_000m).ShouldBe(1_999m);

    [Fact]
    public void Negative_slippage_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new TickSlippage(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => new BasisPointSlippage(-0.5m));
    }

    [Fact]
    public void Basis_point_slippage_rounds_buys_up_and_sells_down_onto_the_grid()
    {
        var slippage = new BasisPointSlippage(2m);

        slippage.Apply(Btc, OrderSide.Buy, 60_000m).ShouldBe(60_012m);
        slippage.Apply(Btc, OrderSide.Sell, 60_000m).ShouldBe(59_988m);
        slippage.Apply(Btc, OrderSide.Buy, 100.005m).ShouldBe(100.03m);
        slippage.Apply(Btc, OrderSide.Sell, 100.005m).ShouldBe(99.98m);
    }

    [Fact]
    public void Zero_basis_points_still_round_an_off_grid_price_against_the_trader()
    {
        new BasisPointSlippage(0m).Apply(Btc, OrderSide.Buy, 100.001m).ShouldBe(100.01m);
        new BasisPointSlippage(0m).Apply(Btc, OrderSide.Sell, 100.009m).ShouldBe(100m);
    }

    [Fact]
    public void Basis_point_slippage_on_a_sell_never_goes_below_one_tick() =>
        new BasisPointSlippage(2m).Apply(Btc, OrderSide.Sell, 0.01m).ShouldBe(0.01m);

    [Fact]
    public void No_slippage_returns_the_reference_price() =>
        NoSlippage.Instance.Apply(Aapl, OrderSide.Buy, 123.456m).ShouldBe(123.456m);

    [Fact]
    public void The_broker_model_fills_market_orders_at_the_slipped_price()
    {
        KrxVenue.Model().MarketFillPrice(Samsung, OrderSide.Buy, 70_000m).ShouldBe(70_100m);
        UsVenue.Model().MarketFillPrice(Aapl, OrderSide.Sell, 100m).ShouldBe(99.99m);
        GenericVenue.Model(0.001m).MarketFillPrice(Aapl, OrderSide.Buy, 100.123m).ShouldBe(100.123m);
    }
}
