using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Domain.Orders;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Agent;

/// <summary>The running agent trading through the KIS adapter against the fake: orders, fills, the account, and a kill between send and acknowledgement.</summary>
public sealed class KisAgentTests
{
    private const int Minutes = 24;

    private static IReadOnlyList<FakeKisOrderRecord> NewOrders(FakeKisServer server) =>
        [.. server.Orders.Where(o => o.Kind == FakeKisOrderKind.New && o.OrderNumber is not null)];

    [Fact]
    public async Task An_agent_on_KIS_trades_its_signals_hears_every_fill_and_ends_with_the_cash_KIS_holds()
    {
        await using var rig = await KisAgentRig.StartAsync();
        var run = await rig.StartRunAsync();
        for (var m = 0; m < Minutes; m++) await rig.MinuteAsync(m, run);
        var outcome = await rig.FinishAsync(run);
        outcome.Status.ShouldBe(AgentSessionStatus.Finished);

        var sent = NewOrders(rig.Server);
        sent.Count.ShouldBeGreaterThan(1, "the zigzag makes the SMA cross trade");
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Where(o => o.BrokerId is not null).Select(o => o.BrokerId!.Value.Value.Split('-')[1]).ShouldBe(sent.Select(o => o.OrderNumber!), ignoreOrder: true);
        orders.ShouldAllBe(o => o.Status == OrderStatus.Filled);
        var fills = await rig.Journal.FillsAsync(CancellationToken.None);
        fills.Sum(f => f.Quantity).ShouldBe(rig.Server.Executions.Sum(e => e.Quantity));
        outcome.Kernel.FinalCash.ShouldBe(rig.Server.Cash(KisAgentRig.Cano, "KRW"));
    }

    [Theory]
    [InlineData(CrashPointNames.OrderAfterSend, 2, 2)]
    [InlineData(CrashPointNames.OrderAfterPersist, 2, 1)]
    [InlineData(CrashPointNames.OrderAfterAck, 3, 3)]
    [InlineData(CrashPointNames.FillBeforeJournal, 2, 2)]
    public async Task Killed_around_sending_an_order_to_KIS_a_restarted_agent_finds_what_reached_KIS_and_sends_nothing_twice(string point, int hit, int reachedKis)
    {
        await using var reference = await KisAgentRig.StartAsync();
        var never = await reference.StartRunAsync();
        for (var m = 0; m < Minutes; m++) await reference.MinuteAsync(m, never);
        await reference.FinishAsync(never);

        await using var rig = await KisAgentRig.StartAsync();
        var killed = await rig.StartRunAsync(new KillAt(point, hit));
        var minute = 0;
        while (!killed.IsCompleted && minute < Minutes) await rig.MinuteAsync(minute++, killed);
        (await Should.ThrowAsync<Exception>(killed.WaitAsync(KisAgentRig.Patience))).Message.ShouldContain("killed");
        NewOrders(rig.Server).Count.ShouldBe(reachedKis, "what reached KIS before the kill");
        var restarted = await rig.StartRunAsync();
        for (var m = minute; m < Minutes; m++) await rig.MinuteAsync(m, restarted);
        var outcome = await rig.FinishAsync(restarted);

        var sent = NewOrders(rig.Server);
        sent.Count.ShouldBe(NewOrders(reference.Server).Count, "no order reached KIS twice, none was lost");
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Select(o => (o.Request.Id, o.Status, o.FilledQuantity)).ShouldBe(
            (await reference.Journal.OrdersAsync(CancellationToken.None)).Select(o => (o.Request.Id, o.Status, o.FilledQuantity)));
        outcome.Kernel.FinalCash.ShouldBe(rig.Server.Cash(KisAgentRig.Cano, "KRW"));
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
