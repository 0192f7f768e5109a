using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>
/// On any sequence of orders and price moves, the fake's money adds up: cash moves by exactly the fills' amounts,
/// holdings by the fills' quantities, nothing goes negative, and every order's quantity is filled + cancelled + open.
/// </summary>
public sealed class FakeKisMarketProperties
{
    private const decimal StartCash = 5_000_000m;
    private const decimal StartShares = 50m;

    private sealed record Step(bool IsPriceMove, int Ticks, FakeKisSide Side, int Quantity, bool Market);

    private static readonly Gen<Step> Steps =
        from move in Gen.Elements(true, false, false)
        from ticks in Gen.Choose(-5, 5)
        from side in Gen.Elements(FakeKisSide.Buy, FakeKisSide.Sell)
        from quantity in Gen.Choose(1, 40)
        from market in Gen.Elements(true, false)
        select new Step(move, ticks, side, quantity, market);

    private static readonly Gen<(Step[] Steps, int Parts)> Cases =
        from steps in Steps.ArrayOf()
        from parts in Gen.Choose(1, 3)
        select (steps, parts);

    [Fact]
    public async Task Cash_and_holdings_move_by_exactly_the_fills_on_any_sequence_of_orders()
    {
        await using var kis = await KisFakeHarness.StartAsync(FakeKisHost.Real);
        kis.Server.RealRequestsPerSecond = 100_000;
        var run = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var cano = (20_000_000 + run++).ToString(CultureInfo.InvariantCulture);
            var symbol = (400_000 + run).ToString("D6", CultureInfo.InvariantCulture);
            kis.Server.AddAccount(FakeKisHost.Real, KisFakeHarness.RealKey, KisFakeHarness.RealSecret, cano, "01",
                new Dictionary<string, decimal> { ["KRW"] = StartCash }, [new FakeKisHolding(symbol, StartShares, 60_000m)]);
            kis.Server.FillInParts = c.Parts;
            var price = 60_000m;
            kis.Server.SetPrice(symbol, price);
            foreach (var step in c.Steps)
            {
                if (step.IsPriceMove)
                {
                    price = Math.Clamp(price + step.Ticks * 100m, 50_000m, 70_000m);
                    kis.Server.SetPrice(symbol, price);
                    continue;
                }
                var body = new Dictionary<string, string>
                {
                    ["CANO"] = cano, ["ACNT_PRDT_CD"] = "01", ["PDNO"] = symbol, ["ORD_DVSN"] = step.Market ? "01" : "00",
                    ["ORD_QTY"] = step.Quantity.ToString(CultureInfo.InvariantCulture),
                    ["ORD_UNPR"] = step.Market ? "0" : (price + step.Ticks * 100m).ToString(CultureInfo.InvariantCulture),
                };
                var answer = kis.PostAsync("/uapi/domestic-stock/v1/trading/order-cash", step.Side == FakeKisSide.Buy ? "TTTC0012U" : "TTTC0011U", body)
                    .GetAwaiter().GetResult();
                answer.RtCd.ShouldBeOneOf("0", "1");
            }

            var fills = kis.Server.Executions.Where(e => e.AccountNumber == cano + "-01").ToList();
            var bought = fills.Where(f => f.Side == FakeKisSide.Buy).ToList();
            var sold = fills.Where(f => f.Side == FakeKisSide.Sell).ToList();
            var cash = kis.Server.Cash(cano, "KRW");
            var shares = kis.Server.Holding(cano, symbol);
            cash.ShouldBe(StartCash - bought.Sum(f => f.Quantity * f.Price) + sold.Sum(f => f.Quantity * f.Price));
            shares.ShouldBe(StartShares + bought.Sum(f => f.Quantity) - sold.Sum(f => f.Quantity));
            cash.ShouldBeGreaterThanOrEqualTo(0m);
            shares.ShouldBeGreaterThanOrEqualTo(0m);
            foreach (var record in kis.Server.Orders.Where(o => o.AccountNumber == cano + "-01" && o.OrderNumber is not null))
            {
                var order = kis.Server.Order(record.OrderNumber!)!;
                (order.Filled + order.Cancelled + order.Remaining).ShouldBe(order.Quantity);
                fills.Where(f => f.OrderNumber == order.OrderNumber).Sum(f => f.Quantity).ShouldBe(order.Filled);
            }
        }));
    }
}
