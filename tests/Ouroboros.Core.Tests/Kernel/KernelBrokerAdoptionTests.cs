using Ouroboros.Core.Inbox;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>The kernel takes the broker's truth over where the adoption stands in the stream: positions, cash, lost fills, closed orders.</summary>
public sealed class KernelBrokerAdoptionTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly ClientOrderId FirstOrder = new("O-000001");

    private static KernelEvent Adopt(decimal? cash, IReadOnlyList<AdoptedPosition>? positions = null, IReadOnlyList<AdoptedFill>? fills = null,
        IReadOnlyList<AdoptedOrderStatus>? orders = null) =>
        KernelEvent.Of(new AdoptBrokerStateCommand(new BrokerAdoption(cash, positions ?? [], fills ?? [], orders ?? []), "reconciliation",
            "the broker's account differs", Day1.AddHours(1)));

    private static Fill LostFill(decimal price) =>
        new(new FillId("BF-1"), FirstOrder, A.Id, OrderSide.Buy, 10m, price, 1m, Day1.AddHours(1), Liquidity.Taker);

    [Fact]
    public async Task An_external_trade_becomes_a_position_at_the_brokers_average_price_that_equity_and_the_risk_checks_see()
    {
        var gate = new RecordingGate();
        var kernel = new KernelHarness();
        kernel.Gates.Add(gate);
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m)
            .Event(Adopt(100_000m - 480m, [new AdoptedPosition(A.Id, 10m, 48m, external: true)]))
            .Bar(0, Day2, 51m).Bar(1, Day2, 101m);
        kernel.Strategy.At(Day2, _ => Intent(B, time: Day2));

        var result = await kernel.RunAsync();

        var position = result.OpenTrades.ShouldHaveSingleItem();
        (position.Instrument, position.Quantity, position.EntryPrice).ShouldBe((A.Id, 10m, 48m));
        result.FinalCash.ShouldBe(99_520m);
        result.Equity.Select(e => e.Equity).ShouldBe([100_000m, 99_520m + 10m * 51m]);
        result.Fills.ShouldBeEmpty("an adopted position is no fill of ours");
        var check = gate.Checks.ShouldHaveSingleItem();
        check.Account.Positions!.ShouldContain(p => p.Instrument == A.Id && p.Quantity == 10m && p.Price == 51m);
        check.Account.AvailableCash.ShouldBe(99_520m);
    }

    [Fact]
    public async Task A_lost_fill_of_our_order_is_applied_once_however_often_it_is_adopted()
    {
        var sink = new AdoptionSink();
        var kernel = new KernelHarness();
        kernel.Sinks.Add(sink);
        var adopt = Adopt(100_000m - 491m, fills: [new AdoptedFill(LostFill(49m), External: false)]);
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m).Event(adopt).Event(adopt).Bar(0, Day2, 51m).Bar(1, Day2, 101m);
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        result.Fills.ShouldHaveSingleItem().Id.ShouldBe(new FillId("BF-1"));
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Filled);
        kernel.Strategy.Fills.ShouldHaveSingleItem();
        result.OpenTrades.ShouldHaveSingleItem().Quantity.ShouldBe(10m);
        result.FinalCash.ShouldBe(99_509m);
        sink.Adopted.Count.ShouldBe(2);
        sink.Adopted.ShouldAllBe(a => a.KnownFills.Contains(new FillId("BF-1")) && a.Positions[A.Id] == 10m && a.NotAdopted.Count == 0);
    }

    [Fact]
    public async Task A_working_order_the_broker_reports_cancelled_is_closed_with_the_brokers_reason()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m)
            .Event(Adopt(null, orders: [new AdoptedOrderStatus(FirstOrder, OrderStatus.Cancelled, "the broker reports it Cancelled (reconciliation)")]))
            .Bar(0, Day2, 51m);
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        var order = result.Orders.ShouldHaveSingleItem();
        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.Reason.ShouldBe("the broker reports it Cancelled (reconciliation)");
        result.FinalCash.ShouldBe(100_000m, "no cash was reported, so ours stays");
        kernel.Journal.Snapshots[^1].Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task A_position_the_broker_gave_no_price_for_takes_the_last_price_and_without_one_is_not_adopted()
    {
        var sink = new AdoptionSink();
        var kernel = new KernelHarness();
        kernel.Sinks.Add(sink);
        kernel.Bar(0, Day1, 50m)
            .Event(Adopt(null, [new AdoptedPosition(A.Id, 10m, null, external: true), new AdoptedPosition(B.Id, 5m, null, external: true)]))
            .Bar(0, Day2, 51m);

        var result = await kernel.RunAsync();

        var position = result.OpenTrades.ShouldHaveSingleItem();
        (position.Instrument, position.Quantity, position.EntryPrice).ShouldBe((A.Id, 10m, 50m));
        result.FinalCash.ShouldBe(100_000m);
        var adopted = sink.Adopted.ShouldHaveSingleItem();
        adopted.Positions.Keys.ShouldBe([A.Id]);
        adopted.NotAdopted.ShouldHaveSingleItem().ShouldBe(
            $"the broker's position of 5 {B.Id} was not adopted: the broker reported no average price and no price of it is known yet");
    }

    [Fact]
    public async Task A_position_the_broker_does_not_list_is_flattened_without_a_round_trip_of_ours()
    {
        var kernel = new KernelHarness();
        kernel.Broker.FillAtNextOpen = true;
        kernel.Bar(0, Day1, 50m).Bar(0, Day2, 51m)
            .Event(Adopt(100_000m, [new AdoptedPosition(A.Id, 0m, null, external: false)]))
            .Bar(0, Day2.AddDays(1), 52m);
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        result.Fills.ShouldHaveSingleItem();
        result.OpenTrades.ShouldBeEmpty();
        result.Trades.ShouldBeEmpty();
        result.FinalCash.ShouldBe(100_000m);
        result.Equity[^1].Equity.ShouldBe(100_000m);
    }
}
