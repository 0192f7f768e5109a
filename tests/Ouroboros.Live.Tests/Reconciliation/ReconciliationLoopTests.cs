using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Reconciliation;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Reconciliation;

/// <summary>The loop against the paper broker, made faulty where a test needs it.</summary>
public sealed class ReconciliationLoopTests
{
    private static readonly InstrumentId Spy = GenericVenue.Instrument("SPY").Id;
    private static readonly ReconciliationLoopOptions Fast = new(TimeSpan.FromMilliseconds(20)) { RetryDelay = TimeSpan.FromMilliseconds(1) };

    private static SimulatedBroker PaperBroker(decimal cash = 10_000m) =>
        new([GenericVenue.Instrument("SPY")], [GenericVenue.Model(0m)], FillPolicy.NextOpen, BarInterval.OneDay, new FakeClock(), cash);

    private static ReconciliationLoop Loop(IBrokerAccount broker, IReconcileObserver observer, Func<LocalAccountSnapshot>? local = null,
        ReconciliationLoopOptions? options = null) =>
        new(broker, local ?? (() => LocalAccountSnapshot.CashOnly(10_000m)), observer, TimeProvider.System, options ?? Fast);

    [Fact]
    public void Entries_are_blocked_until_the_first_reconciliation()
    {
        var loop = Loop(PaperBroker(), new RecordingObserver());

        loop.EntriesBlocked.ShouldBeTrue();
        loop.BlockReason!.ShouldContain("not reconciled");
        loop.LastOutcome.ShouldBeNull();
    }

    [Fact]
    public async Task An_unknown_outcome_blocks_entries_and_the_next_success_unblocks_them()
    {
        var broker = new FaultyBrokerAccount(PaperBroker()).FailNext(3, BrokerErrorKind.Network, "connection reset");
        var observer = new RecordingObserver();
        var loop = Loop(broker, observer);

        var first = await loop.ReconcileOnceAsync(CancellationToken.None);
        var blocked = (loop.EntriesBlocked, loop.BlockReason);
        var second = await loop.ReconcileOnceAsync(CancellationToken.None);

        first.Kind.ShouldBe(ReconcileOutcomeKind.Unknown);
        blocked.EntriesBlocked.ShouldBeTrue();
        blocked.BlockReason.ShouldBe("the broker's account could not be read after 3 attempts (Network: connection reset); new entries stay blocked until a reconciliation succeeds");
        second.Kind.ShouldBe(ReconcileOutcomeKind.Matched);
        loop.EntriesBlocked.ShouldBeFalse();
        loop.BlockReason.ShouldBeNull();
        observer.Events.ShouldBe(["unknown: " + blocked.BlockReason, "matched"]);
    }

    [Fact]
    public async Task A_failure_that_a_retry_cures_is_not_unknown()
    {
        var broker = new FaultyBrokerAccount(PaperBroker()).FailNext(2, BrokerErrorKind.RateLimited);

        var outcome = await Loop(broker, new RecordingObserver()).ReconcileOnceAsync(CancellationToken.None);

        outcome.Kind.ShouldBe(ReconcileOutcomeKind.Matched);
        broker.Queries.ShouldBe(3);
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried()
    {
        var broker = new FaultyBrokerAccount(PaperBroker()).FailNext(1, BrokerErrorKind.Auth, "token expired");

        var outcome = await Loop(broker, new RecordingObserver()).ReconcileOnceAsync(CancellationToken.None);

        outcome.Reason!.ShouldContain("after 1 attempt (Auth: token expired)");
        broker.Queries.ShouldBe(1);
    }

    [Fact]
    public async Task A_partial_answer_is_unknown_never_an_empty_account()
    {
        var broker = new FaultyBrokerAccount(PaperBroker()).PartialNext(3);
        var loop = Loop(broker, new RecordingObserver(), () => LocalAccountSnapshot.CashOnly(10_000m) with
        {
            Positions = new Dictionary<InstrumentId, decimal> { [Spy] = 5m },
        });

        var outcome = await loop.ReconcileOnceAsync(CancellationToken.None);

        outcome.Kind.ShouldBe(ReconcileOutcomeKind.Unknown);
        outcome.Reason!.ShouldContain("partial result");
        loop.EntriesBlocked.ShouldBeTrue();
    }

    [Fact]
    public async Task A_position_made_in_the_brokers_own_app_is_reported_as_an_external_trade_to_adopt()
    {
        var broker = PaperBroker();
        broker.OpenAccount(10_000m, new Dictionary<InstrumentId, decimal> { [Spy] = 25m });
        var observer = new RecordingObserver();
        var loop = Loop(broker, observer);

        var outcome = await loop.ReconcileOnceAsync(CancellationToken.None);

        outcome.Kind.ShouldBe(ReconcileOutcomeKind.Differences);
        var difference = observer.Differences.ShouldHaveSingleItem().Differences.ShouldHaveSingleItem();
        difference.Kind.ShouldBe(ReconcileDifferenceKind.PositionDiffers);
        difference.IsExternal.ShouldBeTrue();
        difference.Broker.ShouldBe(25m);
        difference.Resolution.Action.ShouldBe(ReconcileAction.AdoptBrokerPosition);
        difference.Resolution.Description.ShouldContain("as an external position");
        loop.EntriesBlocked.ShouldBeFalse();
    }

    [Fact]
    public async Task A_working_order_the_broker_never_received_is_looked_up_and_reported()
    {
        var id = new ClientOrderId("O-000007");
        var local = LocalAccountSnapshot.CashOnly(10_000m) with
        {
            WorkingOrders = new Dictionary<ClientOrderId, LocalOrderState> { [id] = new(Spy, OrderStatus.Accepted, 0m) },
        };

        var outcome = await Loop(PaperBroker(), new RecordingObserver(), () => local).ReconcileOnceAsync(CancellationToken.None);

        var difference = outcome.Report!.Differences.ShouldHaveSingleItem();
        difference.Kind.ShouldBe(ReconcileDifferenceKind.OrderUnknownToBroker);
        difference.Message.ShouldEndWith("never received it.");
    }

    [Fact]
    public async Task A_bug_in_the_observer_or_the_local_snapshot_never_escapes()
    {
        var throwing = new RecordingObserver { Throws = true };
        var matched = await Loop(PaperBroker(), throwing).ReconcileOnceAsync(CancellationToken.None);
        var broken = Loop(PaperBroker(), new RecordingObserver(), () => throw new InvalidOperationException("kernel state torn"));
        var unknown = await broken.ReconcileOnceAsync(CancellationToken.None);

        matched.Kind.ShouldBe(ReconcileOutcomeKind.Matched);
        unknown.Reason!.ShouldContain("kernel state torn");
        broken.EntriesBlocked.ShouldBeTrue();
    }

    [Fact]
    public async Task The_loop_reconciles_at_start_and_every_interval_until_cancelled()
    {
        var observer = new RecordingObserver(wanted: 3) { Throws = true };
        var loop = Loop(PaperBroker(), observer);
        using var stop = new CancellationTokenSource();

        var running = loop.RunAsync(stop.Token);
        await observer.Enough.WaitAsync(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        running.IsCompletedSuccessfully.ShouldBeTrue();
        observer.Events.Count.ShouldBeGreaterThanOrEqualTo(3);
        observer.Events.ShouldAllBe(e => e == "matched");
        loop.EntriesBlocked.ShouldBeFalse();
    }
}
