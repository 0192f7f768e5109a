using Ouroboros.Domain.Venues;
using Ouroboros.Backtest.Engine;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Instruments;
using Ouroboros.TestKit;

namespace Ouroboros.Backtest.Tests.Engine;

public sealed class ReplaySourceTests
{
    [Fact]
    public void Bars_of_many_instruments_come_out_in_time_order_grouped_by_slice_without_inventing_missing_ones()
    {
        var a = BarBuilder.FromCloses([1m, 2m, 3m, 4m], GenericVenue.Instrument("A"));
        var b = BarBuilder.FromCloses([10m, 20m], GenericVenue.Instrument("B"), BarBuilder.Start.AddDays(1));
        var source = new ReplaySource([a, b]);
        var seen = new List<(int, DateTimeOffset)>();
        while (source.TryRead(out var e)) seen.Add((e.Instrument, e.Bar.Time));
        seen.ShouldBe([
            (0, BarBuilder.Start), (0, BarBuilder.Start.AddDays(1)), (1, BarBuilder.Start.AddDays(1)),
            (0, BarBuilder.Start.AddDays(2)), (1, BarBuilder.Start.AddDays(2)), (0, BarBuilder.Start.AddDays(3)),
        ]);
        source.ExpectedTimeSlices.ShouldBe(4);
    }

    [Fact]
    public async Task A_finished_source_says_so()
    {
        var source = new ReplaySource([BarBuilder.FromCloses([1m])]);
        source.TryRead(out _).ShouldBeTrue();
        source.TryRead(out _).ShouldBeFalse();
        (await source.WaitToReadAsync(CancellationToken.None)).ShouldBeFalse();
    }
}
