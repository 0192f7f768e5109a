using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Bybit;

namespace Ouroboros.Brokers.Bybit.Tests.Agent;

/// <summary>The running agent trading through the Bybit adapter against the fake: orders by orderLinkId, fills, and a kill between send and acknowledgement.</summary>
public sealed class BybitAgentTests
{
    private const int Minutes = 24;

    private static IReadOnlyList<FakeBybitOrderState> Sent(FakeBybitServer server) => server.Orders(BybitAgentRig.Key);

    [Fact]
    public async Task An_agent_on_Bybit_trades_its_signals_under_its_own_order_ids_and_hears_every_fill()
    {
        await using var rig = await BybitAgentRig.StartAsync();
        var run = await rig.StartRunAsync();
        for (var m = 0; m < Minutes; m++) await rig.MinuteAsync(m, run);
        var outcome = await rig.FinishAsync(run);
        outcome.Status.ShouldBe(AgentSessionStatus.Finished);

        var sent = Sent(rig.Server);
        sent.Count.ShouldBeGreaterThan(1, "the zigzag makes the SMA cross trade");
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Where(o => o.BrokerId is not null).Select(o => (o.Request.Id.Value, o.BrokerId!.Value.Value))
            .ShouldBe(sent.Select(o => (o.OrderLinkId, o.OrderId)), ignoreOrder: true);
        orders.ShouldAllBe(o => o.Status == OrderStatus.Filled);
        var fills = await rig.Journal.FillsAsync(CancellationToken.None);
        fills.Sum(f => f.Side == OrderSide.Buy ? f.Quantity : -f.Quantity).ShouldBe(rig.Server.Position(BybitAgentRig.Key, "BTCUSDT"));
        fills.Select(f => f.Id.Value).ShouldBe(rig.Server.Executions(BybitAgentRig.Key).Select(e => e.ExecId), ignoreOrder: true);
    }

    [Theory]
    [InlineData(CrashPointNames.OrderAfterSend, 2)]
    [InlineData(CrashPointNames.OrderAfterPersist, 2)]
    [InlineData(CrashPointNames.OrderAfterAck, 3)]
    public async Task Killed_around_sending_an_order_a_restarted_agent_finds_it_by_orderLinkId_and_sends_nothing_twice(string point, int hit)
    {
        await using var reference = await BybitAgentRig.StartAsync();
        var never = await reference.StartRunAsync();
        for (var m = 0; m < Minutes; m++) await reference.MinuteAsync(m, never);
        await reference.FinishAsync(never);

        await using var rig = await BybitAgentRig.StartAsync();
        var killed = await rig.StartRunAsync(new KillAt(point, hit));
        var minute = 0;
        while (!killed.IsCompleted && minute < Minutes) await rig.MinuteAsync(minute++, killed);
        (await Should.ThrowAsync<Exception>(killed.WaitAsync(BybitAgentRig.Patience))).Message.ShouldContain("killed");
        var restarted = await rig.StartRunAsync();
        for (var m = minute; m < Minutes; m++) await rig.MinuteAsync(m, restarted);
        await rig.FinishAsync(restarted);

        Sent(rig.Server).Select(o => o.OrderLinkId).ShouldBe(Sent(reference.Server).Select(o => o.OrderLinkId), "no order reached Bybit twice, none was lost");
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Select(o => (o.Request.Id, o.Status, o.FilledQuantity)).ShouldBe(
            (await reference.Journal.OrdersAsync(CancellationToken.None)).Select(o => (o.Request.Id, o.Status, o.FilledQuantity)));
        rig.Server.Position(BybitAgentRig.Key, "BTCUSDT").ShouldBe(reference.Server.Position(BybitAgentRig.Key, "BTCUSDT"));
    }

    /// <summary>kill -9 inside the process at the nth hit of one crash point; every later hit dies too.</summary>
    private sealed class KillAt(string point, int hit) : ICrashPoints
    {
        private int _hits;
        private bool _dead;

        public void Hit(string at)
        {
            if (_dead) throw new InvalidOperationException($"killed before {at}");
            if (at != point || ++_hits < hit) return;
            _dead = true;
            throw new InvalidOperationException($"killed at {at}");
        }
    }
}
