using Ouroboros.Risk.Events;
using Ouroboros.Core.Inbox;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Sinks;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Events;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Inbox;

/// <summary>The inbox's ordering rule: one slice per bar time in instrument order; anything else closes the open slice first.</summary>
public sealed class KernelInboxOrderingTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);

    private static KernelHarness ThreeDays(bool reversed)
    {
        var kernel = new KernelHarness();
        kernel.Broker.FillAtNextOpen = true;
        foreach (var (day, close) in new[] { (Day1, 50m), (Day2, 52m), (Day3, 51m) })
        {
            if (reversed) kernel.Bar(1, day, close * 2).Bar(0, day, close);
            else kernel.Bar(0, day, close).Bar(1, day, close * 2);
        }
        kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1, _ => Intent(B)).At(Day2, _ => Intent(B, Domain.Intents.IntentAction.Close, time: Day2));
        return kernel;
    }

    [Fact]
    public async Task Bars_of_one_time_arriving_in_reverse_instrument_order_give_the_same_run_as_in_order()
    {
        var inOrder = ThreeDays(reversed: false);
        var reversed = ThreeDays(reversed: true);

        var a = await inOrder.RunAsync();
        var b = await reversed.RunAsync();

        b.Fills.ShouldBe(a.Fills);
        b.Equity.ShouldBe(a.Equity);
        b.Orders.Select(o => (o.Request.Id, o.Status)).ShouldBe(a.Orders.Select(o => (o.Request.Id, o.Status)));
        reversed.Log.Entries.ShouldBe(inOrder.Log.Entries);
        reversed.Log.Entries.ShouldContain("strategy.OnBar 0 01-02 00:00");
        a.Fills.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_non_bar_event_closes_the_open_slice_before_it_is_applied()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m)
            .Event(KernelEvent.Of(new KernelTimer(TimerKind.SessionTick, Day1)))
            .Bar(1, Day1, 20m);

        var result = await kernel.RunAsync();

        // The tick closed the slice holding A's bar: B's bar of the same time opened a second slice.
        result.TimeSlices.ShouldBe(2);
        kernel.Log.Entries.Where(e => e.StartsWith("broker.OnSlice ", StringComparison.Ordinal)).ShouldBe(["broker.OnSlice 01-02 00:00 x1", "broker.OnSlice 01-02 00:00 x1"]);
        var log = kernel.Log.Entries.ToList();
        log.IndexOf("broker.OnSliceEnd 01-02 00:00").ShouldBeLessThan(log.IndexOf("strategy.OnBar 1 01-02 00:00"));
    }

    [Fact]
    public async Task A_slice_close_timer_closes_the_open_slice_without_waiting_for_the_next_bar()
    {
        var sink = new TimelineSink();
        var kernel = new KernelHarness();
        kernel.Sinks.Add(sink);
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 20m).Event(KernelEvent.Of(new KernelTimer(TimerKind.SliceClose, Day1)));
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        result.TimeSlices.ShouldBe(1);
        result.Equity.ShouldHaveSingleItem().Time.ShouldBe(Day1);
        kernel.Log.Entries[^1].ShouldBe("broker.OnSliceEnd 01-02 00:00");
    }

    [Fact]
    public async Task An_execution_report_from_the_inbox_is_applied_between_slices()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m)
            .Event(KernelEvent.Of(new OrderAccepted(new("O-000001"), new("B-LIVE"), Day1)))
            .Event(KernelEvent.Of(new OrderFilled(new Fill(new FillId("F-1"), new("O-000001"), A.Id, OrderSide.Buy, 10m, 51m, 1m, Day2, Liquidity.Taker))))
            .Bar(0, Day2, 52m);
        kernel.Broker.Respond = _ => Ports.BrokerResult<BrokerOrderId>.Ok(new BrokerOrderId("B-LIVE"));
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        result.Fills.ShouldHaveSingleItem().Price.ShouldBe(51m);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Filled);
        kernel.Strategy.Fills.ShouldHaveSingleItem();
        result.FinalCash.ShouldBe(100_000m - 511m);
    }

    [Fact]
    public async Task A_report_about_an_unknown_order_raises_an_alert_instead_of_failing_the_session()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m).Event(KernelEvent.Of(new OrderExpired(new("nobody"), Day1))).Bar(0, Day2, 50m);

        var result = await kernel.RunAsync();

        result.RiskEvents.ShouldHaveSingleItem().Source.ShouldBe("execution_report");
    }

    [Fact]
    public async Task Reports_that_do_not_fit_the_order_are_told_and_ignored_instead_of_failing_the_session()
    {
        var fill = new Fill(new FillId("F-1"), new("O-000001"), A.Id, OrderSide.Buy, 10m, 51m, 1m, Day2, Liquidity.Taker);
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m)
            .Event(KernelEvent.Of(new OrderFilled(new Fill(new FillId("F-0"), new("O-000001"), A.Id, OrderSide.Buy, 11m, 51m, 1m, Day2, Liquidity.Taker))))
            .Event(KernelEvent.Of(new OrderFilled(fill)))
            .Event(KernelEvent.Of(new OrderCancelled(new("O-000001"), "late cancel", Day2)))
            .Event(KernelEvent.Of(new OrderFilled(new Fill(new FillId("F-2"), new("O-000001"), A.Id, OrderSide.Buy, 1m, 51m, 0m, Day2, Liquidity.Taker))))
            .Bar(0, Day2, 52m);
        kernel.Broker.Respond = _ => Ports.BrokerResult<BrokerOrderId>.Ok(new BrokerOrderId("B-LIVE"));
        kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await kernel.RunAsync();

        result.Fills.ShouldHaveSingleItem().Id.ShouldBe(fill.Id);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Filled);
        result.RiskEvents.Select(e => e.Message).ShouldBe([
            "report OrderFilled for order O-000001 ignored: a fill of 11 exceeds the 10 remaining; reconcile with the broker",
            "report OrderCancelled for order O-000001 ignored: the order is Filled; reconcile with the broker",
            "report OrderFilled for order O-000001 ignored: the order is Filled; reconcile with the broker",
        ]);
    }

    [Fact]
    public async Task Halt_and_resume_arrive_through_the_inbox_and_gate_the_intents_after_them()
    {
        var kernel = new KernelHarness { Risk = new Risk.Engine.RiskEngine([new RecordingGate()]) };
        kernel.Bar(0, Day1, 50m)
            .Event(KernelEvent.Of(new HaltCommand("account", "ops", "maintenance", Day1)))
            .Bar(0, Day2, 50m)
            .Event(KernelEvent.Of(new ResumeCommand("account", "ops", "done", Day2)))
            .Bar(0, Day3, 50m);
        kernel.Strategy.At(Day2, _ => Intent(A, time: Day2)).At(Day3, _ => Intent(A, time: Day3));

        var result = await kernel.RunAsync();

        result.RiskDecisions.Select(d => d.Approved).ShouldBe([false, true]);
        result.RiskEvents.Select(e => e.Source).ShouldBe(["operator", "operator"]);
    }

    /// <summary>Records what reaches it, to check sinks are fed as things happen.</summary>
    internal sealed class TimelineSink : IKernelSink
    {
        public List<string> Entries { get; } = [];
        public void OnOrderCreated(Order order, DateTimeOffset time) => Entries.Add($"order {order.Request.Id}");
        public void OnOrderChanged(Order order, DateTimeOffset time) => Entries.Add($"order {order.Request.Id} {order.Status}");
        public void OnFill(Fill fill) => Entries.Add($"fill {fill.OrderId}");
        public void OnTradeClosed(ClosedTrade trade) => Entries.Add("trade");
        public void OnEquity(EquityPoint point) => Entries.Add($"equity {CallLog.Stamp(point.Time)}");
        public void OnRiskDecision(RiskDecision decision) => Entries.Add($"decision {decision.OrderId}");
        public void OnRiskEvent(RiskEvent riskEvent) => Entries.Add($"risk {riskEvent.Source}");
        public void OnSkippedIntent(SkippedIntent skipped) => Entries.Add("skipped");
    }
}
