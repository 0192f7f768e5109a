using Ouroboros.Ai.Providers;
using Ouroboros.TestKit;

namespace Ouroboros.Ai.Tests.Providers;

public sealed class RetryAfterParserTests
{
    private static readonly TimeProvider Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Milliseconds_win_over_seconds() =>
        RetryAfterParser.FromHeaders("1500", "7", Clock).ShouldBe(TimeSpan.FromMilliseconds(1500));

    [Fact]
    public void Seconds_are_read() => RetryAfterParser.FromHeaders(null, "20", Clock).ShouldBe(TimeSpan.FromSeconds(20));

    [Fact]
    public void An_http_date_is_read_against_the_injected_clock() =>
        RetryAfterParser.FromHeaders(null, "Mon, 02 Mar 2026 12:00:30 GMT", Clock).ShouldBe(TimeSpan.FromSeconds(30));

    [Fact]
    public void A_date_in_the_past_means_now() =>
        RetryAfterParser.FromHeaders(null, "Mon, 02 Mar 2026 11:00:00 GMT", Clock).ShouldBe(TimeSpan.Zero);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void Nonsense_is_null(string? value) => RetryAfterParser.FromHeaders(null, value, Clock).ShouldBeNull();

    [Theory]
    [InlineData("27s", 27000)]
    [InlineData("3.700s", 3700)]
    [InlineData("0s", 0)]
    public void Google_durations_are_read(string text, int ms) =>
        RetryAfterParser.ParseGoogleDuration(text).ShouldBe(TimeSpan.FromMilliseconds(ms));

    [Fact]
    public void A_google_duration_without_a_number_is_null() => RetryAfterParser.ParseGoogleDuration("s").ShouldBeNull();
}
