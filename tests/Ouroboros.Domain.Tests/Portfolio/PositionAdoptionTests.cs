using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Tests.Support;

namespace Ouroboros.Domain.Tests.Portfolio;

/// <summary>A position set to the broker's figures: no round trip is booked for it, later fills book against the adopted average.</summary>
public sealed class PositionAdoptionTests
{
    private readonly Position _position = new(Make.Spy);

    [Fact]
    public void An_adopted_external_trade_opens_at_the_brokers_average_and_a_later_sell_books_the_round_trip_against_it()
    {
        _position.Adopt(10m, 412.5m, Make.T0);

        (_position.Quantity, _position.AveragePrice, _position.OpenedAt, _position.RealizedPnl).ShouldBe((10m, 412.5m, (DateTimeOffset?)Make.T0, 0m));
        var closed = _position.Apply(Make.Fill(OrderSide.Sell, 10m, 420m, minute: 5)).ShouldNotBeNull();
        closed.EntryPrice.ShouldBe(412.5m);
        closed.GrossPnl.ShouldBe(75m);
        _position.RealizedPnl.ShouldBe(75m);
    }

    [Fact]
    public void Adopting_a_smaller_position_the_same_way_keeps_the_entry_time_and_the_pnl_already_realised()
    {
        _position.Apply(Make.Buy(10m, 100m));
        _position.Apply(Make.Fill(OrderSide.Sell, 4m, 110m, minute: 5));

        _position.Adopt(3m, 101m, Make.T0.AddMinutes(10));

        (_position.Quantity, _position.AveragePrice, _position.OpenedAt, _position.RealizedPnl).ShouldBe((3m, 101m, (DateTimeOffset?)Make.T0, 40m));
    }

    [Fact]
    public void Adopting_flat_closes_the_position_without_a_trade_and_a_missing_average_is_refused()
    {
        _position.Apply(Make.Buy(10m, 100m));

        _position.Adopt(0m, 0m, Make.T0.AddMinutes(10));

        _position.IsFlat.ShouldBeTrue();
        _position.RealizedPnl.ShouldBe(0m);
        Should.Throw<ArgumentOutOfRangeException>(() => _position.Adopt(5m, 0m, Make.T0.AddMinutes(20)));
    }
}
