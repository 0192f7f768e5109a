using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Portfolio;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>The simulated clock follows the slices; one equity point per slice; the day's starting equity.</summary>
public sealed class KernelClockAndEquityTests
{
    private readonly KernelHarness _kernel = new();

    [Fact]
    public async Task The_simulated_clock_shows_each_slice_s_time_to_the_strategy_and_never_goes_back()
    {
        var times = new[] { Day1, Day1.AddHours(1), Day1.AddHours(1), Day1.AddDays(1) };
        _kernel.Bar(0, times[0], 50m).Bar(0, times[1], 51m).Bar(1, times[2], 20m).Bar(0, times[3], 52m);

        await _kernel.RunAsync();

        _kernel.Strategy.ClockAtBars.ShouldBe(times);
        _kernel.Strategy.ClockAtBars.ShouldBeInOrder(SortDirection.Ascending);
        _kernel.Clock.GetUtcNow().ShouldBe(times[^1]);
    }

    [Fact]
    public async Task Orders_and_decisions_are_stamped_with_the_slice_time()
    {
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddHours(4), 50m);
        _kernel.Strategy.At(Day1.AddHours(4), _ => Intent(A));

        var result = await _kernel.RunAsync();

        result.Orders.ShouldHaveSingleItem().Request.CreatedAt.ShouldBe(Day1.AddHours(4));
        result.RiskDecisions.ShouldHaveSingleItem().Time.ShouldBe(Day1.AddHours(4));
        _kernel.Journal.Snapshots.ShouldAllBe(s => s.UpdatedAt == Day1.AddHours(4));
    }

    [Fact]
    public async Task Market_events_that_go_back_in_time_stop_the_run()
    {
        _kernel.Bar(0, Day1.AddDays(1), 50m).Bar(0, Day1, 51m);

        var error = await Should.ThrowAsync<InvalidOperationException>(_kernel.RunAsync);

        error.Message.ShouldStartWith("Market events went back in time");
        _kernel.Clock.GetUtcNow().ShouldBe(Day1.AddDays(1));
    }

    [Fact]
    public async Task More_bars_in_a_slice_than_instruments_stop_the_run()
    {
        _kernel.Bar(0, Day1, 50m).Bar(1, Day1, 20m).Bar(0, Day1, 51m);

        (await Should.ThrowAsync<InvalidOperationException>(_kernel.RunAsync)).Message.ShouldStartWith("Two bars of one instrument share the time");
    }

    [Fact]
    public async Task Two_bars_of_one_instrument_at_the_same_time_stop_the_run()
    {
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1, 51m);

        (await Should.ThrowAsync<InvalidOperationException>(_kernel.RunAsync)).Message.ShouldStartWith("Two bars of one instrument share the time");
    }

    [Fact]
    public async Task Equity_is_recorded_once_per_slice_at_the_slice_time()
    {
        for (var day = 0; day < 3; day++) _kernel.Bar(0, Day1.AddDays(day), 50m).Bar(1, Day1.AddDays(day), 20m);

        var result = await _kernel.RunAsync();

        result.Equity.ShouldBe(
        [
            new EquityPoint(Day1, 100_000m, 100_000m),
            new EquityPoint(Day1.AddDays(1), 100_000m, 100_000m),
            new EquityPoint(Day1.AddDays(2), 100_000m, 100_000m),
        ]);
        result.TimeSlices.ShouldBe(3);
        result.BarsProcessed.ShouldBe(6);
        _kernel.SlicesDone.ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Equity_points_mark_positions_at_the_slice_closes_after_that_slice_s_fills()
    {
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddDays(1), 60m).Bar(0, Day1.AddDays(2), 55m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var result = await _kernel.RunAsync();

        const decimal cash = 100_000m - 590m - 1m;
        result.Equity.Select(p => (p.Equity, p.Cash)).ShouldBe(
        [
            (100_000m, 100_000m),
            (cash + 600m, cash),
            (cash + 550m, cash),
        ]);
    }

    [Fact]
    public async Task The_day_start_equity_is_the_last_equity_of_the_previous_day()
    {
        var gate = new RecordingGate();
        _kernel.Gates.Add(gate);
        _kernel.Broker.FillAtNextOpen = true;
        _kernel.Bar(0, Day1, 50m).Bar(0, Day1.AddHours(1), 60m).Bar(0, Day1.AddDays(1), 40m);
        _kernel.Strategy.At(Day1, _ => Intent(A)).At(Day1.AddHours(1), _ => Intent(A)).At(Day1.AddDays(1), _ => Intent(A));

        await _kernel.RunAsync();

        gate.Checks.Select(c => c.Account.DayStartEquity).ShouldBe([100_000m, 100_000m, 100_000m - 591m + 600m]);
        gate.Checks[2].Account.Equity.ShouldBe(100_000m - 591m - 391m + 20m * 40m);
    }
}
