using Ouroboros.Core.Inbox;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Tests.Inbox;

/// <summary>A partial bar and a rescan refuse what cannot be true, with a sentence saying what was wrong.</summary>
public sealed class PartialBarsCommandTests
{
    private static readonly DateTimeOffset Day = new(2024, 1, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly Bar Good = new(Day, 10m, 12m, 9m, 11m, 100m);

    [Fact]
    public void A_partial_bar_with_a_zero_price_is_refused_because_missing_data_is_never_zero() =>
        Should.Throw<ArgumentException>(() => new PartialBar(0, Good with { Close = 0m }, Day.AddHours(1))).Message.ShouldContain("prices must be positive");

    [Fact]
    public void A_partial_bar_as_of_a_time_before_its_period_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new PartialBar(0, Good, Day.AddMinutes(-1)));

    [Fact]
    public void A_rescan_with_two_partial_bars_of_one_instrument_is_refused() =>
        Should.Throw<ArgumentException>(() => new PartialBarsCommand(Day.AddHours(2), [new PartialBar(1, Good, Day.AddHours(1)), new PartialBar(1, Good, Day.AddHours(2))]))
            .Message.ShouldContain("Instrument 1 has two partial bars");

    [Fact]
    public void A_rescan_cannot_carry_a_partial_bar_as_of_a_later_time_than_itself() =>
        Should.Throw<ArgumentException>(() => new PartialBarsCommand(Day.AddHours(1), [new PartialBar(0, Good, Day.AddHours(2))]));

    [Fact]
    public void A_rescan_keeps_its_own_copy_of_the_bars()
    {
        var bars = new List<PartialBar> { new(0, Good, Day.AddHours(1)) };
        var command = new PartialBarsCommand(Day.AddHours(1), bars);

        bars.Clear();

        command.Bars.ShouldHaveSingleItem().Last.ShouldBe(11m);
        KernelEvent.Of(command).Kind.ShouldBe(KernelEventKind.PartialBars);
    }
}
