using Ouroboros.Domain.Venues;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Risk.Engine;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>Intents are sized, gated and journaled; those that produce no order are recorded with a reason.</summary>
public sealed class KernelIntentTests
{
    private readonly KernelHarness _kernel = new();

    [Fact]
    public async Task An_intent_without_a_size_is_sized_by_the_run_policy_and_checked_by_the_gates()
    {
        var gate = new RecordingGate();
        _kernel.Gates.Add(gate);
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        var check = gate.Checks.ShouldHaveSingleItem();
        check.Order.Quantity.ShouldBe(10m);
        check.Order.Side.ShouldBe(OrderSide.Buy);
        check.Order.Instrument.ShouldBe(A.Id);
        check.Order.Strategy.ShouldBe(ScriptedId);
        check.ReferencePrice.ShouldBe(50m);
        check.EstimatedValue.ShouldBe(500m);
        check.PositionQuantity.ShouldBe(0m);
        check.Account.AvailableCash.ShouldBe(100_000m);
        check.Account.Equity.ShouldBe(100_000m);
        check.Account.DayStartEquity.ShouldBe(100_000m);
        check.Time.ShouldBe(Day1);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Accepted);
        _kernel.Broker.Submitted.ShouldHaveSingleItem().ShouldBeSameAs(check.Order);
        var decision = result.RiskDecisions.ShouldHaveSingleItem();
        decision.Approved.ShouldBeTrue();
        decision.Gate.ShouldBeNull();
    }

    [Fact]
    public async Task An_intent_s_own_size_overrides_the_run_policy()
    {
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A, size: new SizeSpec.FixedCash(1_000m)));

        var result = await _kernel.RunAsync();

        result.Orders.ShouldHaveSingleItem().Request.Quantity.ShouldBe(20m);
    }

    [Fact]
    public async Task A_denied_order_is_denied_by_risk_never_reaches_the_broker_and_its_decision_is_recorded()
    {
        _kernel.Gates.Add(new RecordingGate("veto", _ => RiskVerdict.Denied("veto", "too risky")));
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        _kernel.Broker.Submitted.ShouldBeEmpty();
        _kernel.Log.Entries.ShouldNotContain(e => e.StartsWith("broker.Submit", StringComparison.Ordinal));
        var order = result.Orders.ShouldHaveSingleItem();
        order.Status.ShouldBe(OrderStatus.DeniedByRisk);
        order.Reason.ShouldBe("veto: too risky");
        _kernel.Journal.Snapshots.Select(s => s.Status).ShouldBe([OrderStatus.New, OrderStatus.DeniedByRisk]);
        var decision = result.RiskDecisions.ShouldHaveSingleItem();
        (decision with { Inputs = "{}" }).ShouldBe(new Domain.Events.RiskDecision(
            Day1, new ClientOrderId("O-000001"), A.Id, OrderSide.Buy, 10m, 500m, false, "veto", "too risky"));
        decision.Inputs.ShouldContain("\"available_cash\":\"100000\"");
        decision.Inputs.ShouldContain("\"order_value\":\"500\"");
        decision.Inputs.ShouldContain("\"confidence\":\"missing\"");
    }

    [Fact]
    public async Task Without_gates_every_order_is_approved_and_the_approval_is_still_recorded()
    {
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        result.RiskDecisions.ShouldHaveSingleItem().Approved.ShouldBeTrue();
        _kernel.Broker.Submitted.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_intent_for_an_instrument_without_a_price_yet_is_skipped_as_data_missing()
    {
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(B));

        var result = await _kernel.RunAsync();

        result.SkippedIntents.ShouldHaveSingleItem()
            .ShouldBe(new Core.Kernel.SkippedIntent(Day1, "CSV:B", "Buy", "data missing: no price seen yet for this instrument"));
        result.Orders.ShouldBeEmpty();
        _kernel.Journal.Snapshots.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_intent_before_the_atr_is_warmed_up_is_skipped_as_data_missing_and_sized_by_risk_afterwards()
    {
        _kernel.Sizing = SizingPolicy.Parse("atr:1,2,3");
        for (var day = 0; day < 4; day++) _kernel.Bar(0, Day1.AddDays(day), 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddDays(3), _ => Intent(A));

        var result = await _kernel.RunAsync();

        result.SkippedIntents.ShouldHaveSingleItem().Reason.ShouldBe("data missing: ATR(3) is not warmed up yet");
        // True range is 4 on every bar after the first: 100,000 × 1% / (2 × 4) = 125 shares.
        result.Orders.ShouldHaveSingleItem().Request.Quantity.ShouldBe(125m);
    }

    [Fact]
    public async Task An_intent_for_an_instrument_outside_the_universe_is_skipped()
    {
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(Domain.Venues.GenericVenue.Instrument("ZZZ")));

        var result = await _kernel.RunAsync();

        result.SkippedIntents.ShouldHaveSingleItem().Reason.ShouldBe("CSV:ZZZ is not in this run's universe");
    }

    [Fact]
    public async Task An_intent_the_sizer_refuses_is_skipped_with_the_sizer_s_reason()
    {
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A, IntentAction.Sell)).At(Day1, _ => Intent(A, IntentAction.Close));

        var result = await _kernel.RunAsync();

        result.SkippedIntents.Select(s => (s.Action, s.Reason)).ShouldBe(
        [
            ("Sell", "no long position to sell; short selling is not enabled"),
            ("Close", "no position to close"),
        ]);
        result.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_broker_failure_marks_the_order_rejected_with_the_error_kind_and_message()
    {
        _kernel.Broker.Respond = _ => Ports.BrokerResult<BrokerOrderId>.Fail(Ports.BrokerErrorKind.Network, "connection reset");
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        var order = result.Orders.ShouldHaveSingleItem();
        order.Status.ShouldBe(OrderStatus.Rejected);
        order.Reason.ShouldBe("Network: connection reset");
        _kernel.Journal.Snapshots.Select(s => s.Status).ShouldBe([OrderStatus.New, OrderStatus.Submitted, OrderStatus.Rejected]);
    }

    [Fact]
    public async Task An_order_is_in_the_journal_before_the_broker_sees_it()
    {
        List<OrderStatus>? journaledAtSubmit = null;
        _kernel.Broker.OnSubmit = request =>
            journaledAtSubmit = [.. _kernel.Journal.Snapshots.Where(s => s.Request.Id == request.Id).Select(s => s.Status)];
        _kernel.Bar(0, Day1, 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        await _kernel.RunAsync();

        journaledAtSubmit.ShouldBe([OrderStatus.New, OrderStatus.Submitted]);
        _kernel.Journal.Snapshots[^1].Status.ShouldBe(OrderStatus.Accepted);
    }

    [Fact]
    public async Task Orders_get_sequential_client_ids_in_submission_order()
    {
        _kernel.Bar(0, Day1, 50m).Bar(1, Day1, 20m).Bar(0, Day1.AddDays(1), 50m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1, _ => Intent(B)).At(Day1.AddDays(1), _ => Intent(A));

        var result = await _kernel.RunAsync();

        result.Orders.Select(o => o.Request.Id.Value).ShouldBe(["O-000001", "O-000002", "O-000003"]);
        _kernel.Broker.Submitted.Select(o => o.Id.Value).ShouldBe(["O-000001", "O-000002", "O-000003"]);
    }
}
