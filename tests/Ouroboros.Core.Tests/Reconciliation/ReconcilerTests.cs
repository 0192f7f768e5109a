using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;

namespace Ouroboros.Core.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static readonly InstrumentId Spy = new("US:SPY");
    private static readonly ClientOrderId Ours = new("O-000001");

    private static LocalAccountSnapshot Local(decimal cash = 1_000m, decimal spy = 0m, OrderStatus? order = null, params FillId[] fills) => new(
        cash,
        spy == 0 ? new Dictionary<InstrumentId, decimal>() : new Dictionary<InstrumentId, decimal> { [Spy] = spy },
        order is { } s ? new Dictionary<ClientOrderId, LocalOrderState> { [Ours] = new(Spy, s, 0m) } : new Dictionary<ClientOrderId, LocalOrderState>(),
        fills.ToHashSet());

    private static BrokerAccountSnapshot Broker(decimal cash = 1_000m, decimal spy = 0m, params BrokerOrderState[] working) => new(
        Accounts.At, cash,
        spy == 0 ? new Dictionary<InstrumentId, decimal>() : new Dictionary<InstrumentId, decimal> { [Spy] = spy },
        working);

    [Fact]
    public void A_cash_difference_states_both_figures_and_adopts_the_brokers_cash()
    {
        var difference = Reconciler.Compare(Local(cash: 1_000m), Broker(cash: 950.5m)).Differences.ShouldHaveSingleItem();

        difference.Kind.ShouldBe(ReconcileDifferenceKind.CashDiffers);
        difference.Message.ShouldBe("Cash differs: ours 1000, the broker's 950.5 (difference -49.5, tolerance 0).");
        difference.Resolution.Action.ShouldBe(ReconcileAction.AdoptBrokerCash);
        difference.Resolution.Description.ShouldContain("950.5");
    }

    [Fact]
    public void A_position_we_do_not_know_of_is_an_external_trade_adopted_with_an_alert()
    {
        var report = Reconciler.Compare(Local(), Broker(spy: 50m));

        var difference = report.Differences.ShouldHaveSingleItem();
        difference.Kind.ShouldBe(ReconcileDifferenceKind.PositionDiffers);
        difference.IsExternal.ShouldBeTrue();
        difference.Message.ShouldContain("we hold none, the broker holds 50");
        difference.Resolution.Action.ShouldBe(ReconcileAction.AdoptBrokerPosition);
        difference.Resolution.Description.ShouldContain("alert the operator");
        report.HasExternalActivity.ShouldBeTrue();
    }

    [Fact]
    public void A_position_the_broker_does_not_list_is_missing_at_the_broker_and_flattened()
    {
        var difference = Reconciler.Compare(Local(spy: 10m), Broker()).Differences.ShouldHaveSingleItem();

        difference.Kind.ShouldBe(ReconcileDifferenceKind.PositionMissingAtBroker);
        difference.Message.ShouldBe("Position in US:SPY is missing at the broker: ours 10, the broker's none.");
        difference.Resolution.Action.ShouldBe(ReconcileAction.FlattenLocalPosition);
    }

    [Fact]
    public void A_submitted_order_the_broker_accepted_is_no_difference()
    {
        var working = new BrokerOrderState(Ours, new BrokerOrderId("B-1"), OrderStatus.Accepted, 0m, []);

        Reconciler.Compare(Local(order: OrderStatus.Submitted), Broker(working: working)).IsMatched.ShouldBeTrue();
    }

    [Fact]
    public void A_local_order_not_yet_sent_is_not_expected_at_the_broker() =>
        Reconciler.Compare(Local(order: OrderStatus.New), Broker()).IsMatched.ShouldBeTrue();

    [Fact]
    public void An_order_the_broker_filled_since_the_last_check_adopts_its_status_and_reports_the_missing_fill()
    {
        var fill = Accounts.Fill(Ours, Spy, "F-1", 10m);
        var filled = new BrokerOrderState(Ours, new BrokerOrderId("B-1"), OrderStatus.Filled, 10m, [fill]);
        var lookups = new Dictionary<ClientOrderId, BrokerOrderState?> { [Ours] = filled };

        var report = Reconciler.Compare(Local(order: OrderStatus.Accepted), Broker(cash: 1_000m), lookups: lookups);

        report.Differences.Select(d => d.Kind).ShouldBe([ReconcileDifferenceKind.OrderStatusDiffers, ReconcileDifferenceKind.FillMissingLocally]);
        report.Differences[0].Message.ShouldBe("Order O-000001 (US:SPY) differs: ours Accepted, filled 0; the broker's Filled, filled 10.");
        report.Differences[1].Message.ShouldBe("Broker fill F-1 of order O-000001 (buy 10 US:SPY at 100, fee 0.5) was never applied here.");
        report.Differences[1].Resolution.Action.ShouldBe(ReconcileAction.ApplyBrokerFill);
    }

    [Fact]
    public void An_order_the_broker_never_received_is_marked_rejected()
    {
        var lookups = new Dictionary<ClientOrderId, BrokerOrderState?> { [Ours] = null };

        var difference = Reconciler.Compare(Local(order: OrderStatus.Accepted), Broker(), lookups: lookups).Differences.ShouldHaveSingleItem();

        difference.Kind.ShouldBe(ReconcileDifferenceKind.OrderUnknownToBroker);
        difference.Message.ShouldEndWith("but the broker never received it.");
        difference.Resolution.Description.ShouldContain("Mark order O-000001 rejected");
    }

    [Fact]
    public void Fills_we_already_applied_are_not_reported_again()
    {
        var fill = Accounts.Fill(Ours, Spy, "F-1", 3m);
        var working = new BrokerOrderState(Ours, null, OrderStatus.PartiallyFilled, 3m, [fill]);
        var local = Local(order: OrderStatus.PartiallyFilled, fills: fill.Id);
        local = local with { WorkingOrders = new Dictionary<ClientOrderId, LocalOrderState> { [Ours] = new(Spy, OrderStatus.PartiallyFilled, 3m) } };

        Reconciler.Compare(local, Broker(working: working)).IsMatched.ShouldBeTrue();
    }

    [Fact]
    public void A_failed_broker_query_is_unknown_never_an_empty_account()
    {
        var outcome = Reconciler.Reconcile(Local(spy: 10m), BrokerResult<BrokerAccountSnapshot>.Fail(BrokerErrorKind.Network, "timeout"));

        outcome.Kind.ShouldBe(ReconcileOutcomeKind.Unknown);
        outcome.Report.ShouldBeNull();
        outcome.Reason!.ShouldContain("Network: timeout");
        outcome.Reason!.ShouldContain("entries stay blocked");
    }

    [Fact]
    public void A_successful_query_is_matched_or_differences()
    {
        Reconciler.Reconcile(Local(), BrokerResult<BrokerAccountSnapshot>.Ok(Broker())).Kind.ShouldBe(ReconcileOutcomeKind.Matched);
        Reconciler.Reconcile(Local(), BrokerResult<BrokerAccountSnapshot>.Ok(Broker(cash: 1m))).Kind.ShouldBe(ReconcileOutcomeKind.Differences);
    }

    [Fact]
    public void A_negative_cash_tolerance_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ReconcileOptions { CashTolerance = -1m });
}
