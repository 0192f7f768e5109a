using Ouroboros.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Core.Portfolio;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Portfolio;

/// <summary>
/// Equity (which has an integer fast path) equals the plain decimal sum cash + Σ quantity × last price, for any
/// mix of scales, longs, shorts and marks.
/// </summary>
public sealed class PortfolioEquityPropertyTests
{
    private static readonly Instrument[] Universe = [GenericVenue.Instrument("A"), GenericVenue.Instrument("B"), GenericVenue.Instrument("C")];

    private static Gen<decimal> Scaled(int maxUnits, int maxScale) =>
        from units in Gen.Choose(1, maxUnits)
        from scale in Gen.Choose(0, maxScale)
        select new decimal(units, 0, 0, false, (byte)scale);

    private static readonly Gen<(int Instrument, OrderSide Side, decimal Quantity, decimal Price, decimal Fee, decimal? Mark)> Step =
        from instrument in Gen.Choose(0, Universe.Length - 1)
        from side in Gen.Frequency((3, Gen.Constant(OrderSide.Buy)), (1, Gen.Constant(OrderSide.Sell)))
        from quantity in Scaled(1_000_000, 6)
        from price in Scaled(int.MaxValue, 8)
        from fee in Scaled(100_000, 4)
        from mark in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (2, Scaled(int.MaxValue, 10).Select(m => (decimal?)m)))
        select (instrument, side, quantity, price, fee, mark);

    private static readonly Gen<decimal> Cash = Scaled(int.MaxValue, 2).Select(c => c * 1_000_000m);

    [Fact]
    public void Equity_equals_cash_plus_every_position_at_its_last_price() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Cash.ToArbitrary(), Gen.ArrayOf(Step).ToArbitrary(), (initial, steps) =>
        {
            var portfolio = new PortfolioTracker(Universe, Currency.USD, initial);
            foreach (var s in steps)
            {
                var fill = new Fill(new FillId("F"), new ClientOrderId("O"), Universe[s.Instrument].Id, s.Side, s.Quantity, s.Price, s.Fee,
                    DateTimeOffset.UnixEpoch, Liquidity.Taker);
                var cost = s.Quantity * s.Price + s.Fee;
                if (s.Side == OrderSide.Buy && cost > portfolio.Cash) continue;
                if (s.Side == OrderSide.Sell && portfolio.Cash + s.Quantity * s.Price - s.Fee < 0) continue;
                portfolio.Apply(s.Instrument, fill);
                if (s.Mark is { } m) portfolio.Mark(s.Instrument, m);

                var expected = portfolio.Cash;
                for (var i = 0; i < Universe.Length; i++)
                    if (portfolio.QuantityOf(i) != 0) expected += portfolio.QuantityOf(i) * portfolio.LastPrice(i)!.Value;
                portfolio.Equity().ShouldBe(expected);
            }
        }));
}
