using Ouroboros.Domain.Venues;
using Ouroboros.Core.Portfolio;
using Ouroboros.Domain.Instruments;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Benchmarks.Tests;

/// <summary>
/// PortfolioTracker.Equity() takes an integer fast path and caches its result (a performance change); it must still
/// return the very decimal, scale included, that cash + Σ quantity × price summed in decimal gives.
/// </summary>
public sealed class ExactEquityTests
{
    [Fact]
    public void Equity_has_the_bits_of_the_decimal_sum_after_every_fill_and_mark()
    {
        var random = new Random(12345);
        var instruments = new[] { GenericVenue.Instrument("A"), GenericVenue.Instrument("B"), GenericVenue.Instrument("C") };
        for (var run = 0; run < 200; run++)
        {
            var portfolio = new PortfolioTracker(instruments, Currency.USD, Price(random, 1_000_000m, 100_000_000m));
            var prices = new decimal[instruments.Length];
            for (var i = 0; i < instruments.Length; i++)
            {
                prices[i] = Price(random, 1m, 5_000m);
                portfolio.Mark(i, prices[i]);
            }
            for (var step = 0; step < 60; step++)
            {
                var i = random.Next(instruments.Length);
                if (random.Next(3) == 0)
                {
                    prices[i] = Price(random, 0.01m, 5_000m);
                    portfolio.Mark(i, prices[i]);
                }
                else
                {
                    var held = portfolio.QuantityOf(i);
                    var sell = held > 0 && random.Next(2) == 0;
                    var quantity = sell ? Math.Max(1m, decimal.Floor(held * (decimal)random.NextDouble())) : random.Next(1, 500);
                    var fee = decimal.Round(quantity * prices[i] * 0.001m, random.Next(0, 8));
                    if (!sell && (quantity * prices[i]) + fee > portfolio.Cash) continue;
                    portfolio.Apply(i, new Fill(new FillId($"F{step}"), new ClientOrderId($"O{step}"), instruments[i].Id,
                        sell ? OrderSide.Sell : OrderSide.Buy, quantity, prices[i], fee, DateTimeOffset.UnixEpoch, Liquidity.Taker));
                }

                var expected = portfolio.Cash;
                for (var k = 0; k < instruments.Length; k++)
                {
                    if (portfolio.QuantityOf(k) != 0) expected += portfolio.QuantityOf(k) * prices[k];
                }
                var actual = portfolio.Equity();
                decimal.GetBits(actual).ShouldBe(decimal.GetBits(expected), $"run {run} step {step}: {actual} vs {expected}");
                decimal.GetBits(portfolio.Equity()).ShouldBe(decimal.GetBits(expected), "a second call (cached) must agree");
            }
        }
    }

    // Prices with 0 to 6 decimals, so that the scales of cash, products and sums differ.
    private static decimal Price(Random random, decimal min, decimal max) =>
        Math.Max(min, decimal.Round(min + ((max - min) * (decimal)random.NextDouble()), random.Next(0, 7)));
}
