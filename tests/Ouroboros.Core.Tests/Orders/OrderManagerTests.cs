using Ouroboros.Core.Orders;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Sinks;
using Ouroboros.Core.Time;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Orders;

/// <summary>The order manager issues ids, tracks orders and journals every change.</summary>
public sealed class OrderManagerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly InMemoryOrderJournal _journal = new();
    private readonly SimulatedTimeProvider _clock = new(T0);
    private readonly OrderManager _manager;

    private readonly RunRecorder _recorder = new();

    public OrderManagerTests() => _manager = new OrderManager(ClientOrderIdGenerator.Deterministic("BT"), _journal, _clock, _recorder);

    private OrderRequest Request(ClientOrderId? id = null) =>
        OrderRequest.Market(id ?? _manager.NextId(), new InstrumentId("US:SPY"), OrderSide.Buy, 10m, T0, new StrategyId("test"));

    [Fact]
    public void Ids_are_the_prefix_and_a_six_digit_sequence()
    {
        _manager.NextId().Value.ShouldBe("BT-000001");
        _manager.NextId().Value.ShouldBe("BT-000002");
        _manager.NextId().Value.ShouldBe("BT-000003");
    }

    [Fact]
    public void Ids_are_unique_across_many_orders()
    {
        var ids = Enumerable.Range(0, 5_000).Select(_ => _manager.NextId()).ToList();

        ids.Distinct().Count().ShouldBe(5_000);
        ids[^1].Value.ShouldBe("BT-005000");
    }

    [Fact]
    public void Tracking_an_order_journals_it_as_new_at_the_clock_s_time()
    {
        _clock.AdvanceTo(T0.AddMinutes(5));

        var order = _manager.Track(Request());

        order.Status.ShouldBe(OrderStatus.New);
        var snapshot = _journal.Snapshots.ShouldHaveSingleItem();
        snapshot.Status.ShouldBe(OrderStatus.New);
        snapshot.Request.ShouldBeSameAs(order.Request);
        snapshot.UpdatedAt.ShouldBe(T0.AddMinutes(5));
        _manager.Count.ShouldBe(1);
        _manager.Get(order.Id).ShouldBeSameAs(order);
    }

    [Fact]
    public void Tracking_the_same_id_twice_is_a_bug()
    {
        var id = _manager.NextId();
        _manager.Track(Request(id));

        Should.Throw<InvalidOperationException>(() => _manager.Track(Request(id))).Message.ShouldBe("Order BT-000001 is already tracked.");
        _journal.Snapshots.Count.ShouldBe(1);
    }

    [Fact]
    public void An_update_applies_the_change_then_journals_the_new_state()
    {
        var order = _manager.Track(Request());

        _manager.Update(order, o => o.MarkSubmitted());
        _manager.Update(order, o => o.MarkAccepted(new BrokerOrderId("B-1")));

        _journal.Snapshots.Select(s => s.Status).ShouldBe([OrderStatus.New, OrderStatus.Submitted, OrderStatus.Accepted]);
        _journal.Snapshots[^1].BrokerId.ShouldBe(new BrokerOrderId("B-1"));
    }

    [Fact]
    public void An_invalid_change_throws_and_journals_nothing()
    {
        var order = _manager.Track(Request());

        Should.Throw<InvalidOperationException>(() => _manager.Update(order, o => o.MarkExpired()));

        _journal.Snapshots.Count.ShouldBe(1);
    }

    [Fact]
    public void Getting_an_unknown_order_throws() =>
        Should.Throw<KeyNotFoundException>(() => _manager.Get(new ClientOrderId("nope"))).Message.ShouldBe("Unknown order nope.");

    [Fact]
    public void Finished_orders_are_forgotten_at_the_next_slice_boundary_and_working_ones_are_kept()
    {
        var filled = _manager.Track(Request());
        var working = _manager.Track(Request());
        var denied = _manager.Track(Request());
        _manager.Update(filled, o => o.MarkSubmitted());
        _manager.Update(filled, o => o.ApplyFill(10m, 100m, 1m));
        _manager.Update(working, o => o.MarkSubmitted());
        _manager.Update(denied, o => o.MarkDenied("gate: no"));

        _manager.Count.ShouldBe(3);
        _manager.ForgetFinished();

        _manager.Count.ShouldBe(1);
        _manager.Get(working.Id).ShouldBeSameAs(working);
        _manager.TryGet(filled.Id, out _).ShouldBeFalse();
        _manager.Working().ShouldBe([working]);
    }

    [Fact]
    public void Memory_stays_bounded_over_many_finished_orders()
    {
        for (var i = 0; i < 10_000; i++)
        {
            var order = _manager.Track(Request());
            _manager.Update(order, o => o.MarkDenied("gate: no"));
            if (i % 10 == 9) _manager.ForgetFinished();
        }

        _manager.Count.ShouldBe(0);
    }

    [Fact]
    public void The_sink_is_told_of_every_order_as_it_is_created()
    {
        _manager.Track(Request());
        _manager.Track(Request());

        _recorder.ToResult(new Core.Kernel.KernelSummary(T0, 0, 0, 0, 0, 0, 0, 0m, 0m, [])).Orders.Select(o => o.Request.Id.Value).ShouldBe(["BT-000001", "BT-000002"]);
    }
}
