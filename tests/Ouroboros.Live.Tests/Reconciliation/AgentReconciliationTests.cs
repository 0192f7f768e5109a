using Ouroboros.Core.Inbox;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Orders;
using Ouroboros.Live.Agent;
using Ouroboros.Live.Tests.Parity;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Live.Tests.Reconciliation;

public sealed class AgentReconciliationTests
{
    [Fact]
    public async Task While_the_broker_account_cannot_be_read_entries_are_denied_and_trading_resumes_once_a_reconcile_succeeds()
    {
        var rig = new ReplayRig("sma-cross", KrxData.Daily(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "069500", "114800", "229200"), RiskOn: false);
        var reference = new InMemorySessionJournal("ref");
        await new AgentRuntime().RunAsync(rig.Agent(reference, "R"), CancellationToken.None);
        var firstBuy = (await reference.OrdersAsync(CancellationToken.None)).First(o => o.Request.Side == OrderSide.Buy);

        FaultyBrokerAccount? faulty = null;
        var notes = new List<Notification>();
        var journal = new InMemorySessionJournal("blocked");
        var spec = rig.Agent(journal, "B") with
        {
            ReconcileInterval = TimeSpan.FromTicks(1),
            BrokerAccountView = account => faulty = new FaultyBrokerAccount(account).FailNext(100_000, BrokerErrorKind.Auth, "token expired"),
            Notify = n =>
            {
                lock (notes) notes.Add(n);
            },
        };
        var run = new AgentRuntime().RunAsync(spec, CancellationToken.None);
        await run;

        var orders = await journal.OrdersAsync(CancellationToken.None);
        var buys = orders.Where(o => o.Request.Side == OrderSide.Buy).ToList();
        buys.ShouldNotBeEmpty();
        buys.ShouldAllBe(o => o.Status == OrderStatus.DeniedByRisk && o.Reason!.StartsWith(BlockEntriesCommand.Gate, StringComparison.Ordinal));
        buys[0].Reason!.ShouldContain("token expired");
        (await journal.FillsAsync(CancellationToken.None)).ShouldBeEmpty();
        notes.ShouldContain(n => n.Kind == NotificationKind.ReconciliationDifference && n.Severity == NotificationSeverity.Critical);
        faulty!.Queries.ShouldBeGreaterThan(1);
        firstBuy.Status.ShouldNotBe(OrderStatus.DeniedByRisk);
    }

    [Fact]
    public async Task A_failed_reconcile_blocks_only_until_the_next_success_and_the_block_is_journaled_for_restarts()
    {
        var rig = new ReplayRig("sma-cross", KrxData.Daily(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31), "069500", "114800", "229200"), RiskOn: false);
        var journal = new InMemorySessionJournal("once");
        var spec = rig.Agent(journal, "O") with
        {
            ReconcileInterval = TimeSpan.FromTicks(1),
            BrokerAccountView = account => new FaultyBrokerAccount(account).FailNext(1, BrokerErrorKind.Auth, "token expired"),
        };
        await new AgentRuntime().RunAsync(spec, CancellationToken.None);

        var inputs = await journal.InputsAsync(CancellationToken.None);
        inputs.Select(i => i.Payload).ShouldSatisfyAllConditions(
            p => p.Count().ShouldBe(2),
            p => p.First().ShouldContain("\"block\""),
            p => p.Last().ShouldContain("\"unblock\""));
        (await journal.FillsAsync(CancellationToken.None)).ShouldNotBeEmpty();
    }
}
