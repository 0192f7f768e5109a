using Ouroboros.Domain.Venues;
using Ouroboros.Core.Portfolio;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Portfolio;

/// <summary>Cash, positions, marks and equity of one account in one currency.</summary>
public sealed class PortfolioTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly Instrument A = GenericVenue.Instrument("A");
    private static readonly Instrument B = GenericVenue.Instrument("B");
    private readonly PortfolioTracker _portfolio = new([A, B], Currency.USD, 10_000m);

    internal static Fill Fill(Instrument instrument, OrderSide side, decimal quantity, decimal price, decimal fee = 0m) =>
        new(new FillId("F"), new ClientOrderId("O"), instrument.Id, side, quantity, price, fee, T0, Liquidity.Taker);

    [Fact]
    public void A_new_portfolio_holds_only_its_initial_cash()
    {
        _portfolio.Cash.ShouldBe(10_000m);
        _portfolio.InitialCash.ShouldBe(10_000m);
        _portfolio.Equity().ShouldBe(10_000m);
        _portfolio.HasOpenPositions.ShouldBeFalse();
        _portfolio.LastPrice(0).ShouldBeNull();
        _portfolio.QuantityOf(1).ShouldBe(0m);
        _portfolio.OpenTrades().ShouldBeEmpty();
    }

    [Fact]
    public void Equity_is_cash_plus_each_position_at_its_last_price()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 10m, 100m, 1m));
        _portfolio.Apply(1, Fill(B, OrderSide.Buy, 20m, 50m, 2m));
        _portfolio.Mark(0, 110m);
        _portfolio.Mark(1, 45m);

        _portfolio.Cash.ShouldBe(10_000m - 1_001m - 1_002m);
        _portfolio.Equity().ShouldBe(7_997m + 10m * 110m + 20m * 45m);
    }

    [Fact]
    public void A_short_position_subtracts_its_market_value_from_equity()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Sell, 10m, 100m));
        _portfolio.Mark(0, 120m);

        _portfolio.Cash.ShouldBe(11_000m);
        _portfolio.Equity().ShouldBe(11_000m - 1_200m);
    }

    [Fact]
    public void A_fill_marks_an_instrument_that_has_no_price_yet_but_keeps_an_existing_mark()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 1m, 100m));
        _portfolio.LastPrice(0).ShouldBe(100m);

        _portfolio.Mark(0, 105m);
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 1m, 101m));

        _portfolio.LastPrice(0).ShouldBe(105m);
    }

    [Fact]
    public void Sells_add_the_notional_less_the_fee_to_cash_and_a_return_to_flat_completes_a_trade()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 10m, 100m, 1m)).ShouldBeNull();

        var trade = _portfolio.Apply(0, Fill(A, OrderSide.Sell, 10m, 120m, 1m)).ShouldNotBeNull();

        _portfolio.Cash.ShouldBe(10_000m - 1_001m + 1_199m);
        trade.NetPnl.ShouldBe(198m);
        _portfolio.PositionAt(0).IsFlat.ShouldBeTrue();
    }

    [Fact]
    public void Open_positions_are_counted_across_instruments()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 1m, 100m));
        _portfolio.Apply(1, Fill(B, OrderSide.Buy, 1m, 100m));
        _portfolio.HasOpenPositions.ShouldBeTrue();

        _portfolio.Apply(0, Fill(A, OrderSide.Sell, 1m, 100m));
        _portfolio.HasOpenPositions.ShouldBeTrue();
        _portfolio.OpenTrades().ShouldHaveSingleItem().Instrument.ShouldBe(B.Id);

        _portfolio.Apply(1, Fill(B, OrderSide.Sell, 1m, 100m));
        _portfolio.HasOpenPositions.ShouldBeFalse();
        _portfolio.Equity().ShouldBe(10_000m);
    }

    [Fact]
    public void A_flip_keeps_the_position_open()
    {
        _portfolio.Apply(0, Fill(A, OrderSide.Buy, 5m, 100m));
        _portfolio.Apply(0, Fill(A, OrderSide.Sell, 8m, 100m));

        _portfolio.QuantityOf(0).ShouldBe(-3m);
        _portfolio.HasOpenPositions.ShouldBeTrue();
    }

    [Fact]
    public void A_buy_the_cash_cannot_pay_for_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => _portfolio.Apply(0, Fill(A, OrderSide.Buy, 100m, 100m, 0.01m)));

        _portfolio.Cash.ShouldBe(10_000m);
    }

    [Fact]
    public void An_instrument_in_another_currency_is_rejected() =>
        Should.Throw<ArgumentException>(() => new PortfolioTracker([A, KrxVenue.Stock("005930")], Currency.USD, 1_000m))
            .Message.ShouldStartWith("KRX:005930 trades in KRW but the account is in USD; one run trades one currency.");

    [Fact]
    public void A_portfolio_needs_instruments_and_positive_initial_cash()
    {
        Should.Throw<ArgumentException>(() => new PortfolioTracker([], Currency.USD, 1_000m));
        Should.Throw<ArgumentOutOfRangeException>(() => new PortfolioTracker([A], Currency.USD, 0m));
    }
}
