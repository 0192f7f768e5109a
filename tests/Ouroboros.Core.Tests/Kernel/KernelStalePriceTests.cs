using Ouroboros.Core.Inbox;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Intents;
using Ouroboros.Domain.Orders;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>A stale price (the live feed went silent) is missing data: entries are skipped, exits go out, a fresh bar lifts it.</summary>
public sealed class KernelStalePriceTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);
    private static readonly DateTimeOffset Day4 = Day1.AddDays(3);

    private static KernelEvent Stale(bool stale, DateTimeOffset at) =>
        KernelEvent.Of(new PriceStatusCommand(A.Id, stale, Day1, TimeSpan.FromSeconds(600), "feed", "no market data for 600 s", at));

    [Fact]
    public async Task An_entry_in_a_stale_instrument_is_skipped_as_data_missing_until_its_next_bar()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m).Event(Stale(true, Day1.AddHours(1))).Bar(1, Day2, 101m).Bar(0, Day3, 52m).Bar(1, Day3, 102m);
        kernel.Strategy.At(Day2, _ => Intent(A, time: Day2)).At(Day3, _ => Intent(A, time: Day3));

        var result = await kernel.RunAsync();

        var skipped = result.SkippedIntents.ShouldHaveSingleItem();
        skipped.Time.ShouldBe(Day2);
        skipped.Reason.ShouldBe($"data missing: the price of {A.Id} is stale since {Day1:O} (feed silent for 600 s)");
        var order = result.Orders.ShouldHaveSingleItem();
        order.Request.CreatedAt.ShouldBe(Day3);
        order.Status.ShouldNotBe(OrderStatus.DeniedByRisk);
    }

    [Fact]
    public async Task A_close_still_goes_out_while_the_price_is_stale_but_a_buy_does_not()
    {
        var kernel = new KernelHarness();
        kernel.Broker.FillAtNextOpen = true;
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m).Bar(0, Day2, 51m).Bar(1, Day2, 101m).Event(Stale(true, Day2.AddHours(1))).Bar(1, Day3, 102m);
        kernel.Strategy.At(Day1, _ => Intent(A))
            .At(Day3, _ => Intent(A, IntentAction.Close, time: Day3))
            .At(Day3, _ => Intent(A, time: Day3));

        var result = await kernel.RunAsync();

        result.Orders.Select(o => (o.Request.CreatedAt, o.Request.Side)).ShouldBe([(Day1, OrderSide.Buy), (Day3, OrderSide.Sell)]);
        result.SkippedIntents.ShouldHaveSingleItem().Reason.ShouldStartWith("data missing: the price of");
    }

    [Fact]
    public async Task A_fresh_status_lifts_the_mark_and_other_instruments_are_never_affected()
    {
        var kernel = new KernelHarness();
        kernel.Bar(0, Day1, 50m).Bar(1, Day1, 100m).Event(Stale(true, Day1.AddHours(1))).Bar(1, Day2, 101m)
            .Event(Stale(false, Day2.AddHours(1))).Bar(1, Day3, 102m).Bar(1, Day4, 103m);
        kernel.Strategy.At(Day2, _ => Intent(B, time: Day2)).At(Day3, _ => Intent(A, time: Day3));

        var result = await kernel.RunAsync();

        result.SkippedIntents.ShouldBeEmpty();
        result.Orders.Count.ShouldBe(2);
    }
}
