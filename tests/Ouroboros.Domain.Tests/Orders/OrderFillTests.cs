using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using Ouroboros.Domain.Tests.Support;

namespace Ouroboros.Domain.Tests.Orders;

/// <summary>Order.ApplyFill and the resolution of cash-amount orders.</summary>
public sealed class OrderFillTests
{
    [Fact]
    public void A_new_order_starts_unfilled_with_the_requested_quantity()
    {
        var order = new Order(Make.Market(quantity: 10m));

        order.Status.ShouldBe(OrderStatus.New);
        order.Quantity.ShouldBe(10m);
        order.RemainingQuantity.ShouldBe(10m);
        order.FilledQuantity.ShouldBe(0m);
        order.BrokerId.ShouldBeNull();
        order.Id.ShouldBe(new ClientOrderId("O-1"));
    }

    [Fact]
    public void A_partial_fill_moves_the_order_to_partially_filled()
    {
        var order = Make.SubmittedOrder(10m);

        order.ApplyFill(4m, 100m, 1m);

        order.Status.ShouldBe(OrderStatus.PartiallyFilled);
        order.FilledQuantity.ShouldBe(4m);
        order.RemainingQuantity.ShouldBe(6m);
        order.AverageFillPrice.ShouldBe(100m);
        order.Fees.ShouldBe(1m);
    }

    [Fact]
    public void Filling_the_remainder_moves_the_order_to_filled_with_the_quantity_weighted_average_price()
    {
        var order = Make.SubmittedOrder(10m);

        order.ApplyFill(4m, 100m, 1m);
        order.ApplyFill(6m, 105m, 1.5m);

        order.Status.ShouldBe(OrderStatus.Filled);
        order.FilledQuantity.ShouldBe(10m);
        order.RemainingQuantity.ShouldBe(0m);
        order.AverageFillPrice.ShouldBe(103m);
        order.Fees.ShouldBe(2.5m);
    }

    [Fact]
    public void A_single_full_fill_goes_straight_to_filled()
    {
        var order = Make.SubmittedOrder(10m);
        order.MarkAccepted(new BrokerOrderId("B-7"));

        order.ApplyFill(10m, 99.5m, 0m);

        order.Status.ShouldBe(OrderStatus.Filled);
        order.AverageFillPrice.ShouldBe(99.5m);
        order.BrokerId.ShouldBe(new BrokerOrderId("B-7"));
    }

    [Fact]
    public void An_overfill_is_a_bug_and_changes_nothing()
    {
        var order = Make.SubmittedOrder(10m);
        order.ApplyFill(8m, 100m, 0m);

        var error = Should.Throw<InvalidOperationException>(() => order.ApplyFill(3m, 100m, 0m));

        error.Message.ShouldBe("Fill of 3 exceeds the remaining 2 of order O-1.");
        order.FilledQuantity.ShouldBe(8m);
        order.Status.ShouldBe(OrderStatus.PartiallyFilled);
    }

    [Fact]
    public void A_fill_on_an_order_that_was_never_submitted_throws()
    {
        var order = new Order(Make.Market(quantity: 10m));

        Should.Throw<InvalidOperationException>(() => order.ApplyFill(10m, 100m, 0m));
        order.FilledQuantity.ShouldBe(0m);
    }

    [Theory]
    [InlineData(0, 100, 0)]
    [InlineData(-1, 100, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, 100, -0.01)]
    public void A_fill_with_a_non_positive_quantity_or_price_or_negative_fee_is_rejected(double quantity, double price, double fee) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Make.SubmittedOrder().ApplyFill((decimal)quantity, (decimal)price, (decimal)fee));

    [Fact]
    public void Denial_rejection_cancellation_and_expiry_record_their_reason()
    {
        var denied = new Order(Make.Market());
        denied.MarkDenied("fat_finger: too big");
        denied.Reason.ShouldBe("fat_finger: too big");

        var rejected = Make.SubmittedOrder();
        rejected.MarkRejected("Network: timeout");
        rejected.Reason.ShouldBe("Network: timeout");

        var cancelled = Make.SubmittedOrder();
        cancelled.MarkCancelled("insufficient cash");
        cancelled.Reason.ShouldBe("insufficient cash");

        var expired = Make.SubmittedOrder();
        expired.MarkExpired();
        expired.Reason.ShouldBe("time in force ended");
    }

    [Fact]
    public void A_cash_amount_order_takes_the_quantity_resolved_at_the_fill()
    {
        var order = new Order(Make.CashMarketBuy(10_000m, estimate: 99m));
        order.MarkSubmitted();

        order.ResolveQuantity(97m);
        order.ApplyFill(97m, 103m, 1m);

        order.Quantity.ShouldBe(97m);
        order.Status.ShouldBe(OrderStatus.Filled);
        order.Request.Quantity.ShouldBe(99m);
    }

    [Fact]
    public void A_cash_amount_order_cannot_be_resolved_again_after_a_fill()
    {
        var order = new Order(Make.CashMarketBuy(10_000m));
        order.MarkSubmitted();
        order.ResolveQuantity(20m);
        order.ApplyFill(5m, 100m, 0m);

        Should.Throw<InvalidOperationException>(() => order.ResolveQuantity(30m)).Message.ShouldBe("Order O-1 is already partly filled.");
        order.Quantity.ShouldBe(20m);
    }

    [Fact]
    public void A_cash_amount_order_resolves_its_quantity_only_once()
    {
        var order = new Order(Make.CashMarketBuy(10_000m));
        order.MarkSubmitted();
        order.ResolveQuantity(20m);

        Should.Throw<InvalidOperationException>(() => order.ResolveQuantity(30m));
        order.Quantity.ShouldBe(20m);
    }

    [Fact]
    public void A_fixed_quantity_order_refuses_to_be_resolved() =>
        Should.Throw<InvalidOperationException>(() => new Order(Make.Market()).ResolveQuantity(5m)).Message.ShouldBe("Order O-1 has a fixed quantity.");

    [Fact]
    public void A_resolved_quantity_must_be_positive() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new Order(Make.CashMarketBuy(1_000m)).ResolveQuantity(0m));

    [Fact]
    public void A_snapshot_copies_the_order_state_at_the_given_time()
    {
        var order = Make.SubmittedOrder(10m);
        order.ApplyFill(4m, 100m, 1m);

        var snapshot = OrderSnapshot.Of(order, Make.T0.AddHours(1));

        snapshot.Status.ShouldBe(OrderStatus.PartiallyFilled);
        snapshot.FilledQuantity.ShouldBe(4m);
        snapshot.AverageFillPrice.ShouldBe(100m);
        snapshot.Fees.ShouldBe(1m);
        snapshot.UpdatedAt.ShouldBe(Make.T0.AddHours(1));
        snapshot.Request.ShouldBeSameAs(order.Request);
    }
}
