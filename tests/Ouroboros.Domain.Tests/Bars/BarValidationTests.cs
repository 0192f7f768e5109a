using Ouroboros.Domain.Bars;

namespace Ouroboros.Domain.Tests.Bars;

/// <summary>Bar.Validate: null for a consistent bar, otherwise one sentence naming the problem.</summary>
public sealed class BarValidationTests
{
    private static readonly DateTimeOffset T = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    private static Bar Bar(decimal open, decimal high, decimal low, decimal close, decimal volume = 100m) => new(T, open, high, low, close, volume);

    [Fact]
    public void A_consistent_bar_has_no_problem()
    {
        Bar(10m, 12m, 9m, 11m).Validate().ShouldBeNull();
        Bar(10m, 10m, 10m, 10m, 0m).Validate().ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 12, 9, 11)]
    [InlineData(10, 0, 9, 11)]
    [InlineData(10, 12, 0, 11)]
    [InlineData(10, 12, 9, 0)]
    [InlineData(-1, 12, 9, 11)]
    public void A_non_positive_price_is_reported(int open, int high, int low, int close) =>
        Bar(open, high, low, close).Validate().ShouldBe("prices must be positive");

    [Fact]
    public void A_negative_volume_is_reported() => Bar(10m, 12m, 9m, 11m, -1m).Validate().ShouldBe("volume must not be negative");

    [Fact]
    public void A_high_below_the_open_is_reported_with_the_values() =>
        Bar(13m, 12m, 9m, 11m).Validate().ShouldBe("high 12 is below open 13 or close 11");

    [Fact]
    public void A_high_below_the_close_is_reported_with_the_values() =>
        Bar(10m, 12m, 9m, 12.5m).Validate().ShouldBe("high 12 is below open 10 or close 12.5");

    [Fact]
    public void A_low_above_the_open_is_reported_with_the_values() =>
        Bar(9m, 12m, 9.5m, 11m).Validate().ShouldBe("low 9.5 is above open 9 or close 11");

    [Fact]
    public void A_low_above_the_close_is_reported_with_the_values() =>
        Bar(10m, 12m, 9m, 8m).Validate().ShouldBe("low 9 is above open 10 or close 8");
}
