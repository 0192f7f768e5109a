using Ouroboros.Application.LlmUsage;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;

namespace Ouroboros.Application.Tests.LlmUsage;

/// <summary>The LLM usage query over a real call log, and the window of whole UTC days it reads.</summary>
public sealed class LlmUsageQueryTests
{
    [Theory]
    [InlineData(null, null, null, "2025-03-04", "2025-03-10")]
    [InlineData(1, null, null, "2025-03-10", "2025-03-10")]
    [InlineData(null, "2025-03-01", null, "2025-03-01", "2025-03-10")]
    [InlineData(null, "2025-03-01", "2025-03-02", "2025-03-01", "2025-03-02")]
    [InlineData(3, null, "2025-03-02", "2025-02-28", "2025-03-02")]
    public void The_window_is_whole_utc_days_with_both_ends_included(int? days, string? from, string? to, string first, string last)
    {
        var window = LlmUsageWindow.Of(days, Day(from), Day(to), new DateTimeOffset(2025, 3, 10, 23, 0, 0, TimeSpan.Zero));

        window.FirstDay.ShouldBe(Day(first)!.Value);
        window.LastDay.ShouldBe(Day(last)!.Value);
        window.To.ShouldBe(window.From.AddDays(window.LastDay.DayNumber - window.FirstDay.DayNumber + 1));
    }

    [Fact]
    public void Contradictory_or_impossible_windows_are_user_errors()
    {
        var now = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero);
        Should.Throw<InvalidInputException>(() => LlmUsageWindow.Of(3, Day("2025-03-01"), null, now)).Input.ShouldBe("days");
        Should.Throw<InvalidInputException>(() => LlmUsageWindow.Of(0, null, null, now)).Input.ShouldBe("days");
        Should.Throw<InvalidInputException>(() => LlmUsageWindow.Of(null, Day("2025-03-09"), Day("2025-03-01"), now)).Input.ShouldBe("from");
    }

    [Fact]
    public async Task Logged_calls_of_the_window_are_summarised_and_older_ones_left_out()
    {
        using var app = new TestApplication();
        var log = await app.LlmCallsAsync(CancellationToken.None);
        var today = TimeProvider.System.GetUtcNow();
        await log.AppendAsync(new LlmCallRecord(today, "chat", "openai", "gpt", "h1", 10, 5, 0.01m, 120, "ok", false), CancellationToken.None);
        await log.AppendAsync(new LlmCallRecord(today.AddDays(-30), "chat", "openai", "gpt", "h2", 10, 5, 0.01m, 120, "ok", false), CancellationToken.None);

        var result = await app.LlmUsage().ExecuteAsync(new LlmUsageRequest(Days: 7));

        result.Summary.Totals.Calls.ShouldBe(1);
        result.Journal.ShouldBe(app.Path);
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
