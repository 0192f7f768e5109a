using Ouroboros.Domain.Calendars;
using Ouroboros.Live.Replay;
using Ouroboros.Live.Tests.Parity;

namespace Ouroboros.Live.Tests.Replay;

public sealed class ReplaySlicesTests
{
    [Fact]
    public void Counting_the_slices_gives_as_many_as_the_replay_yields_for_series_with_different_first_days()
    {
        var series = KrxData.Daily(new DateOnly(2018, 1, 1), new DateOnly(2019, 12, 31), "069500", "360750", "229200");
        var slices = ReplaySlices.Of(series, MarketCalendars.Krx).ToList();

        ReplaySlices.Count(series).ShouldBe(slices.Count);
        slices.Select(s => s.Number).ShouldBe(Enumerable.Range(1, slices.Count).Select(i => (long)i));
        slices.Sum(s => s.Bars.Count).ShouldBe(series.Sum(s => s.Count));
    }
}
