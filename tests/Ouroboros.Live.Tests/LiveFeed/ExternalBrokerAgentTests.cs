using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Live.Tests.Recovery;
using Ouroboros.TestKit.Brokers;

namespace Ouroboros.Live.Tests.LiveFeed;

/// <summary>The agent trading through a broker outside its process: reports journaled before the kernel hears them, no order sent twice across a kill.</summary>
public sealed class ExternalBrokerAgentTests
{
    private const int Minutes = 30;

    private static async Task<(LiveRig Rig, ScriptedExchange Exchange)> NeverKilledAsync()
    {
        var rig = new LiveRig();
        var exchange = rig.Exchange = new ScriptedExchange(rig.Clock, 100_000m);
        var run = await rig.StartAsync();
        for (var m = 0; m < Minutes; m++) await rig.MinuteAsync(m, run);
        rig.Feed.Complete();
        (await run.WaitAsync(LiveRig.Patience)).Status.ShouldBe(AgentSessionStatus.Finished);
        return (rig, exchange);
    }

    [Fact]
    public async Task A_session_on_an_outside_broker_journals_each_of_its_reports_and_holds_what_the_broker_holds()
    {
        var (rig, exchange) = await NeverKilledAsync();

        exchange.Received.Count.ShouldBeGreaterThan(3, "the zigzag makes the SMA cross trade");
        var inputs = await rig.Journal.InputsAsync(CancellationToken.None);
        inputs.Count(i => i.Kind == "execution").ShouldBeGreaterThanOrEqualTo(exchange.Received.Count, "every fill the broker reported is journaled");
        var fills = await rig.Journal.FillsAsync(CancellationToken.None);
        fills.Count.ShouldBe(exchange.Received.Count);
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Where(o => o.Status == Domain.Orders.OrderStatus.Filled).Select(o => o.BrokerId!.Value.Value)
            .ShouldBe(Enumerable.Range(1, exchange.Received.Count).Select(n => "X" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), ignoreOrder: true);
        var account = (await exchange.QueryAccountAsync(CancellationToken.None)).Value!;
        var last = (await rig.Journal.LastCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        last.Cash.ShouldBe(account.Cash, "the kernel's cash is the broker's: fills and fees came from its reports");
    }

    [Theory]
    [InlineData(CrashPointNames.OrderAfterPersist, 2)]
    [InlineData(CrashPointNames.OrderAfterSend, 1)]
    [InlineData(CrashPointNames.OrderAfterSend, 3)]
    [InlineData(CrashPointNames.OrderAfterAck, 2)]
    [InlineData(CrashPointNames.FillBeforeJournal, 2)]
    [InlineData(CrashPointNames.FillAfterJournal, 3)]
    [InlineData(CrashPointNames.SliceBeforeCheckpoint, 11)]
    public async Task Killed_anywhere_and_restarted_an_agent_on_an_outside_broker_sends_no_order_twice_and_ends_as_one_never_killed(string point, int hit)
    {
        var (reference, referenceExchange) = await NeverKilledAsync();

        var rig = new LiveRig();
        var exchange = rig.Exchange = new ScriptedExchange(rig.Clock, 100_000m);
        var killed = await rig.StartAsync(new CrashAt(point, hit));
        var minute = 0;
        while (!killed.IsCompleted && minute < Minutes) await rig.MinuteAsync(minute++, killed);
        (await Should.ThrowAsync<Exception>(killed.WaitAsync(LiveRig.Patience))).ShouldSatisfyAllConditions(e => CrashAt.IsCrash(e).ShouldBeTrue(e.ToString()));
        var journaled = (await rig.Journal.InputsAsync(CancellationToken.None)).Count(i => i.Kind == "slice");
        var restarted = await rig.StartAsync();
        for (var m = journaled; m < Minutes; m++) await rig.MinuteAsync(m, restarted);
        rig.Feed.Complete();
        await restarted.WaitAsync(LiveRig.Patience);

        exchange.Received.Select(o => o.Id).ShouldBeUnique($"no order reaches the broker twice (killed at hit {hit} of {point})");
        exchange.Received.Select(o => (o.Id, o.Side, o.Quantity)).ShouldBe(referenceExchange.Received.Select(o => (o.Id, o.Side, o.Quantity)));
        (await SessionSnapshot.OfAsync(rig.Journal)).ShouldEqual(await SessionSnapshot.OfAsync(reference.Journal), $"killed at hit {hit} of {point}");
    }

    [Fact]
    public async Task An_order_that_may_have_reached_the_broker_is_not_sent_again_while_the_broker_cannot_be_asked()
    {
        var rig = new LiveRig();
        var exchange = rig.Exchange = new ScriptedExchange(rig.Clock, 100_000m);
        var killed = await rig.StartAsync(new CrashAt(CrashPointNames.OrderAfterSend, 1));
        var minute = 0;
        while (!killed.IsCompleted && minute < Minutes) await rig.MinuteAsync(minute++, killed);
        await Should.ThrowAsync<Exception>(killed.WaitAsync(LiveRig.Patience));
        var sent = exchange.Received.Single();

        exchange.OrderQueriesFail = true;
        rig.AwaitReports = false;
        var restarted = await rig.StartAsync();
        var journaled = (await rig.Journal.InputsAsync(CancellationToken.None)).Count(i => i.Kind == "slice");
        for (var m = journaled; m < journaled + 2; m++) await rig.MinuteAsync(m, restarted);
        rig.Feed.Complete();
        await restarted.WaitAsync(LiveRig.Patience);

        exchange.Received.Count(o => o.Id == sent.Id).ShouldBe(1);
        var order = (await rig.Journal.OrdersAsync(CancellationToken.None)).Single(o => o.Request.Id == sent.Id);
        order.Reason.ShouldNotBeNull().ShouldContain("could not find out whether order");
    }

    [Fact]
    public async Task An_order_whose_answer_is_lost_is_looked_for_at_once_and_known_as_sent_with_its_fill()
    {
        var (reference, referenceExchange) = await NeverKilledAsync();
        var rig = new LiveRig();
        var exchange = rig.Exchange = new ScriptedExchange(rig.Clock, 100_000m) { LoseNextAnswer = true };
        var run = await rig.StartAsync();
        for (var m = 0; m < Minutes; m++) await rig.MinuteAsync(m, run);
        rig.Feed.Complete();
        await run.WaitAsync(LiveRig.Patience);

        exchange.Received.Select(o => (o.Id, o.Side, o.Quantity)).ShouldBe(referenceExchange.Received.Select(o => (o.Id, o.Side, o.Quantity)));
        var orders = await rig.Journal.OrdersAsync(CancellationToken.None);
        orders.Select(o => (o.Request.Id, o.Status, o.BrokerId)).ShouldBe((await reference.Journal.OrdersAsync(CancellationToken.None)).Select(o => (o.Request.Id, o.Status, o.BrokerId)));
    }
}
