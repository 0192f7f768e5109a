using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Tests.Support;

namespace Ouroboros.Domain.Tests.Portfolio;

/// <summary>
/// Accounting identities over random fill sequences: round trips add up to realised P&amp;L after fees, and cash
/// moved by the fills equals the P&amp;L booked. Decimals are exact, so the identities hold with zero tolerance.
/// </summary>
public sealed class PositionPropertyTests
{
    private const decimal InitialCash = 1_000_000_000m;
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly Gen<(OrderSide Side, decimal Quantity, decimal Price, decimal Fee)> Step =
        from side in Gen.Elements(OrderSide.Buy, OrderSide.Sell)
        from quantity in Gen.Choose(1, 60)
        from cents in Gen.Choose(1, 2_000_000)
        from feeCents in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 2_000)))
        select (side, (decimal)quantity, cents / 100m, feeCents / 100m);

    /// <summary>Random fills (adding, reducing, flipping) followed by the one fill that brings the position back to flat.</summary>
    private static readonly Gen<Fill[]> FlatSequences =
        from steps in Gen.ArrayOf(Step)
        from closePrice in Gen.Choose(1, 2_000_000)
        from closeFee in Gen.Choose(0, 2_000)
        select EndFlat(steps, closePrice / 100m, closeFee / 100m);

    private static readonly Gen<Fill[]> AnySequences = Gen.ArrayOf(Step).Select(steps => steps.Select(ToFill).ToArray());

    /// <summary>
    /// Long/flat round trips with one entry fill and any number of partial exits, ending flat: the average cost is
    /// then the entry price itself, so every P&amp;L term is exact.
    /// </summary>
    private static readonly Gen<Fill[]> SingleEntrySequences =
        from steps in Gen.ArrayOf(Step)
        from closePrice in Gen.Choose(1, 2_000_000)
        from closeFee in Gen.Choose(0, 2_000)
        select EndFlat(SingleEntry(steps), closePrice / 100m, closeFee / 100m);

    private static (OrderSide, decimal, decimal, decimal)[] SingleEntry((OrderSide Side, decimal Quantity, decimal Price, decimal Fee)[] steps)
    {
        var position = 0m;
        var result = new List<(OrderSide, decimal, decimal, decimal)>();
        foreach (var s in steps)
        {
            var side = position == 0 ? OrderSide.Buy : OrderSide.Sell;
            var quantity = side == OrderSide.Sell ? Math.Min(s.Quantity, position) : s.Quantity;
            position += quantity * side.Sign();
            result.Add((side, quantity, s.Price, s.Fee));
        }
        return [.. result];
    }

    private static Fill ToFill((OrderSide Side, decimal Quantity, decimal Price, decimal Fee) s, int i) =>
        Make.Fill(s.Side, s.Quantity, s.Price, s.Fee, minute: i);

    private static Fill[] EndFlat((OrderSide Side, decimal Quantity, decimal Price, decimal Fee)[] steps, decimal closePrice, decimal closeFee)
    {
        var fills = steps.Select(ToFill).ToList();
        var net = fills.Sum(f => f.Quantity * f.Side.Sign());
        if (net != 0) fills.Add(Make.Fill(net > 0 ? OrderSide.Sell : OrderSide.Buy, Math.Abs(net), closePrice, closeFee, minute: fills.Count));
        return [.. fills];
    }

    [Fact]
    public void Round_trips_entered_with_one_fill_sum_exactly_to_realised_pnl_minus_all_fees() =>
        Check.One(Quick, Prop.ForAll(SingleEntrySequences.ToArbitrary(), fills => AssertRoundTripsAddUp(fills, tolerance: 0m)));

    [Fact]
    public void Round_trips_of_any_sequence_that_ends_flat_sum_to_realised_pnl_minus_all_fees_within_decimal_rounding() =>
        // Sums reach 1e8, where the 28th significant digit is about 1e-20; a trillionth leaves room for accumulated rounding.
        Check.One(Quick, Prop.ForAll(FlatSequences.ToArbitrary(), fills => AssertRoundTripsAddUp(fills, tolerance: 1e-12m)));

    [Fact]
    public void Round_trips_of_any_sequence_that_ends_flat_sum_exactly_to_realised_pnl_minus_all_fees() =>
        Check.One(Quick, Prop.ForAll(FlatSequences.ToArbitrary(), fills => AssertRoundTripsAddUp(fills, tolerance: 0m)));

    private static void AssertRoundTripsAddUp(Fill[] fills, decimal tolerance)
    {
        var position = new Position(Make.Spy);
        var trades = fills.Select(position.Apply).OfType<ClosedTrade>().ToList();

        position.IsFlat.ShouldBeTrue();
        position.FeesPaid.ShouldBe(fills.Sum(f => f.Fee));
        Math.Abs(trades.Sum(t => t.GrossPnl) - position.RealizedPnl).ShouldBeLessThanOrEqualTo(tolerance);
        var difference = trades.Sum(t => t.NetPnl) - (position.RealizedPnl - position.FeesPaid);
        Math.Abs(difference).ShouldBeLessThanOrEqualTo(tolerance, $"sum of net P&L is off by {difference}");
    }

    [Fact]
    public void Cash_after_a_sequence_that_ends_flat_is_the_initial_cash_plus_the_net_pnl_of_its_round_trips() =>
        Check.One(Quick, Prop.ForAll(SingleEntrySequences.ToArbitrary(), fills =>
        {
            var position = new Position(Make.Spy);
            var cash = new CashBook();
            cash.Deposit(Currency.USD, InitialCash);
            var trades = new List<ClosedTrade>();
            foreach (var fill in fills)
            {
                cash.Apply(Currency.USD, fill.Side == OrderSide.Buy ? -(fill.Notional + fill.Fee) : fill.Notional - fill.Fee);
                if (position.Apply(fill) is { } trade) trades.Add(trade);
            }

            var sells = fills.Where(f => f.Side == OrderSide.Sell).Sum(f => f.Notional);
            var buys = fills.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Notional);
            var fees = fills.Sum(f => f.Fee);
            cash[Currency.USD].ShouldBe(InitialCash + sells - buys - fees);
            cash[Currency.USD].ShouldBe(InitialCash + position.RealizedPnl - position.FeesPaid);
            cash[Currency.USD].ShouldBe(InitialCash + trades.Sum(t => t.NetPnl));
        }));

    [Fact]
    public void Every_round_trip_covers_the_quantity_it_opened_and_alternates_never_overlapping_in_time() =>
        Check.One(Quick, Prop.ForAll(FlatSequences.ToArbitrary(), fills =>
        {
            var position = new Position(Make.Spy);
            var trades = fills.Select(position.Apply).OfType<ClosedTrade>().ToList();
            for (var i = 0; i < trades.Count; i++)
            {
                trades[i].Quantity.ShouldBeGreaterThan(0m);
                trades[i].ExitTime.ShouldBeGreaterThanOrEqualTo(trades[i].EntryTime);
                if (i > 0) trades[i].EntryTime.ShouldBeGreaterThanOrEqualTo(trades[i - 1].ExitTime);
            }
        }));

    [Fact]
    public void While_open_equity_change_equals_realised_plus_unrealised_pnl_minus_fees() =>
        Check.One(Quick, Prop.ForAll(AnySequences.ToArbitrary(), Gen.Choose(1, 2_000_000).ToArbitrary(), (fills, markCents) =>
        {
            var mark = markCents / 100m;
            var position = new Position(Make.Spy);
            var cash = InitialCash;
            foreach (var fill in fills)
            {
                cash += fill.Side == OrderSide.Buy ? -(fill.Notional + fill.Fee) : fill.Notional - fill.Fee;
                position.Apply(fill);
            }

            var equityChange = cash + position.MarketValue(mark) - InitialCash;
            var pnl = position.RealizedPnl + position.UnrealizedPnl(mark) - position.FeesPaid;
            // The average price is a quotient, so allow for its rounding in the 28th digit.
            Math.Abs(equityChange - pnl).ShouldBeLessThan(0.000_000_001m);
        }));
}
