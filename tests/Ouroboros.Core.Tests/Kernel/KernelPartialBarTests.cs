using Ouroboros.Core.Inbox;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Orders;
using Ouroboros.Risk.Engine;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>
/// Partial bars at rescans: shown to the strategy as such, never a closed bar (no history, mark, indicator or count),
/// replaced by later ones, dropped by the period's closed bar or a later day; intents submitted then are sized and gated.
/// </summary>
public sealed class KernelPartialBarTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day1.AddDays(2);

    internal static PartialBar Partial(int instrument, DateTimeOffset period, decimal last, DateTimeOffset asOf) =>
        new(instrument, new Bar(period, last - 1m, last + 1m, last - 2m, last, 500m), asOf);

    internal static KernelEvent Rescan(DateTimeOffset asOf, params PartialBar[] bars) => KernelEvent.Of(new PartialBarsCommand(asOf, bars));

    private static (KernelHarness Kernel, RescanStrategy Strategy) Daily()
    {
        var kernel = new KernelHarness { DailyBars = true };
        kernel.Broker.FillAtNextOpen = true;
        return (kernel, new RescanStrategy());
    }

    [Fact]
    public async Task A_partial_bar_is_shown_at_the_rescan_but_never_delivered_marked_or_counted_as_a_bar()
    {
        var (kernel, strategy) = Daily();
        var partial = Partial(0, Day3, 150m, Day3.AddHours(3));
        kernel.Bar(0, Day1, 100m).Bar(1, Day1, 50m).Bar(0, Day2, 110m).Bar(1, Day2, 51m)
            .Event(Rescan(Day3.AddHours(3), partial)).Bar(0, Day3, 120m).Bar(1, Day3, 52m);
        strategy.AtSlice(Day1, _ => Intent(A, time: Day1));

        var result = await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        var seen = strategy.Rescans.ShouldHaveSingleItem();
        seen.Partials[0].ShouldBe(partial);
        seen.Partials[0]!.Label.ShouldBe("partial (as of 03:00)");
        seen.Partials[1].ShouldBeNull();
        seen.LastPrices[0].ShouldBe(110m);
        seen.Equity.ShouldBe(strategy.SliceEnds[1].Equity);
        strategy.SliceEnds.Take(2).ShouldAllBe(s => s.Partials.All(p => p == null));
        strategy.Bars.Select(b => b.Bar.Close).ShouldBe([100m, 50m, 110m, 51m, 120m, 52m]);
        strategy.Average.ShouldBe([100m, 105m, 110m]);
        result.BarsProcessed.ShouldBe(6);
        result.TimeSlices.ShouldBe(3);
        result.Equity.Select(e => e.Time).ShouldBe([Day1, Day2, Day3]);
        result.Equity[^1].Equity.ShouldBe(result.FinalCash + 10 * 120m);
    }

    [Fact]
    public async Task A_later_partial_bar_replaces_the_earlier_one_and_a_rescan_without_one_keeps_it()
    {
        var (kernel, strategy) = Daily();
        kernel.Bar(0, Day1, 100m).Bar(1, Day1, 50m)
            .Event(Rescan(Day2.AddHours(1), Partial(0, Day2, 130m, Day2.AddHours(1))))
            .Event(Rescan(Day2.AddHours(2), Partial(0, Day2, 140m, Day2.AddHours(2))))
            .Event(Rescan(Day2.AddHours(3), Partial(1, Day2, 55m, Day2.AddHours(3))));

        await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        strategy.Rescans.Select(r => r.Partials[0]?.Last).ShouldBe([130m, 140m, 140m]);
        strategy.Rescans.Select(r => r.Partials[1]?.Last).ShouldBe([null, null, 55m]);
    }

    [Fact]
    public async Task The_closed_bar_of_the_period_clears_the_partial_bar_and_a_late_partial_of_a_closed_period_is_ignored()
    {
        var (kernel, strategy) = Daily();
        kernel.Bar(0, Day1, 100m).Bar(1, Day1, 50m)
            .Event(Rescan(Day2.AddHours(3), Partial(0, Day2, 130m, Day2.AddHours(3)), Partial(1, Day2, 55m, Day2.AddHours(3))))
            .Bar(0, Day2, 110m).Bar(1, Day2, 51m)
            .Event(Rescan(Day2.AddHours(9), Partial(0, Day2, 111m, Day2.AddHours(9))));

        await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        strategy.SliceEnds[1].Partials.ShouldAllBe(p => p == null);
        strategy.Rescans[1].Partials.ShouldAllBe(p => p == null);
    }

    [Fact]
    public async Task A_partial_bar_whose_closed_bar_never_came_is_dropped_when_a_later_day_begins()
    {
        var (kernel, strategy) = Daily();
        kernel.Bar(0, Day1, 100m).Bar(1, Day1, 50m)
            .Event(Rescan(Day2.AddHours(3), Partial(1, Day2, 55m, Day2.AddHours(3))))
            .Bar(0, Day2, 110m).Bar(0, Day3, 120m);

        await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        strategy.SliceEnds[1].Partials[1].ShouldNotBeNull().Last.ShouldBe(55m);
        strategy.SliceEnds[2].Partials[1].ShouldBeNull();
        strategy.SliceEnds[2].LastPrices[1].ShouldBe(50m);
    }

    [Fact]
    public async Task An_intent_at_a_rescan_is_sized_at_the_last_price_gated_on_the_partial_bars_day_and_sent_before_the_next_slice()
    {
        var (kernel, strategy) = Daily();
        var gate = new RecordingGate();
        kernel.Gates.Add(gate);
        kernel.Sizing = SizingPolicy.Parse("cash:5000");
        kernel.Bar(0, Day1, 100m).Bar(1, Day1, 50m).Event(Rescan(Day2.AddHours(3), Partial(0, Day2, 125m, Day2.AddHours(3)))).Bar(0, Day2, 126m);
        strategy.AtRescan(0, _ => Intent(A, time: Day2.AddHours(3)));

        var result = await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        var order = kernel.Broker.Submitted.ShouldHaveSingleItem();
        order.Quantity.ShouldBe(40m);
        var check = gate.Checks.ShouldHaveSingleItem();
        check.ReferencePrice.ShouldBe(125m);
        check.TradingDate.ShouldBe(DateOnly.FromDateTime(Day2.UtcDateTime));
        var log = kernel.Log.Entries.ToList();
        log.IndexOf($"broker.Submit {order.Id}").ShouldBeLessThan(log.IndexOf($"broker.OnSlice {CallLog.Stamp(Day2)} x1"));
        result.Fills.ShouldHaveSingleItem().Time.ShouldBe(Day2);
        result.TimeSlices.ShouldBe(2);
    }

    [Fact]
    public async Task An_intent_at_a_rescan_that_a_gate_denies_never_reaches_the_broker()
    {
        var (kernel, strategy) = Daily();
        kernel.Gates.Add(new RecordingGate("no-entries", _ => RiskVerdict.Denied("no-entries", "entries are closed")));
        kernel.Bar(0, Day1, 100m).Event(Rescan(Day2.AddHours(3), Partial(0, Day2, 125m, Day2.AddHours(3))));
        strategy.AtRescan(0, _ => Intent(A, time: Day2.AddHours(3)));

        var result = await kernel.RunAsync(kernel.Setup() with { Strategy = strategy });

        kernel.Broker.Submitted.ShouldBeEmpty();
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.DeniedByRisk);
        result.RiskDecisions.ShouldHaveSingleItem().Gate.ShouldBe("no-entries");
    }

    [Fact]
    public async Task An_intent_at_a_rescan_during_warm_up_is_discarded_and_counted()
    {
        var (kernel, strategy) = Daily();
        kernel.Bar(0, Day1, 100m).Event(Rescan(Day2.AddHours(3), Partial(0, Day2, 125m, Day2.AddHours(3)))).Bar(0, Day2, 126m).Bar(0, Day3, 127m);
        strategy.AtRescan(0, _ => Intent(A, time: Day2.AddHours(3)));

        var result = await kernel.RunAsync(kernel.Setup() with { Strategy = strategy, TradeFrom = Day3 });

        kernel.Broker.Submitted.ShouldBeEmpty();
        result.Orders.ShouldBeEmpty();
        result.WarmUpIntentsDiscarded.ShouldBe(1);
    }

    [Fact]
    public async Task A_strategy_that_is_not_partial_bar_aware_is_never_called_and_loses_nothing()
    {
        var kernel = new KernelHarness { DailyBars = true };
        kernel.Bar(0, Day1, 100m).Event(Rescan(Day2.AddHours(3), Partial(0, Day2, 125m, Day2.AddHours(3)))).Bar(0, Day2, 126m);

        var result = await kernel.RunAsync();

        result.BarsProcessed.ShouldBe(2);
        result.TimeSlices.ShouldBe(2);
        kernel.Log.Entries.Count(e => e.StartsWith("strategy.OnBar", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task A_partial_bar_of_an_instrument_outside_the_universe_is_refused_as_the_senders_bug()
    {
        var (kernel, strategy) = Daily();
        kernel.Bar(0, Day1, 100m).Event(Rescan(Day2.AddHours(3), Partial(5, Day2, 125m, Day2.AddHours(3))));

        await Should.ThrowAsync<ArgumentException>(() => kernel.RunAsync(kernel.Setup() with { Strategy = strategy }));
    }
}
