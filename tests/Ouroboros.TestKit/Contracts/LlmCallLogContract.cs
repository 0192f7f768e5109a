using Shouldly;
using Xunit;
using Ouroboros.Core.Ports;
using System.Globalization;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The LLM call log: what every implementation must do, whatever it stores in. Derive one class per implementation.</summary>
public abstract class LlmCallLogContract
{
    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<ILlmCallLog> OpenAsync(TimeProvider clock);

    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private static readonly FakeClock Clock = new(T0);

    [Fact]
    public async Task A_call_without_reported_usage_keeps_null_tokens_and_cost_never_zero()
    {
        var log = await OpenAsync(Clock);
        var call = Call(T0, "plan", cost: null) with { TokensIn = null, TokensOut = null, Outcome = "timeout", Error = "no answer in 30 s" };

        await log.AppendAsync(call, CancellationToken.None);
        var back = (await log.ListAsync(T0, T0.AddDays(1), CancellationToken.None)).ShouldHaveSingleItem();

        back.ShouldBe(call);
        back.TokensIn.ShouldBeNull();
        back.TokensOut.ShouldBeNull();
        back.Cost.ShouldBeNull();
    }

    [Fact]
    public async Task A_time_range_lists_from_inclusive_to_exclusive_oldest_first_in_any_offset()
    {
        var log = await OpenAsync(Clock);
        var seoul = TimeSpan.FromHours(9);
        LlmCallRecord[] calls =
        [
            Call(T0.AddMinutes(5).ToOffset(seoul), "c"),
            Call(T0.AddTicks(-1), "before"),
            Call(T0, "a"),
            Call(T0.AddMinutes(10), "at-to"),
            Call(T0.AddMinutes(1), "b"),
            Call(T0.AddMinutes(5), "d"),
        ];
        foreach (var call in calls) await log.AppendAsync(call, CancellationToken.None);

        var listed = await log.ListAsync(T0.ToOffset(seoul), T0.AddMinutes(10), CancellationToken.None);

        listed.Select(c => c.Task).ShouldBe(["a", "b", "c", "d"]);
        listed.Select(c => c.Time).ShouldBe([T0, T0.AddMinutes(1), T0.AddMinutes(5), T0.AddMinutes(5)]);
        (await log.ListAsync(T0.AddMinutes(10), T0.AddMinutes(10), CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_logs_on_the_same_file_see_each_others_calls()
    {
        var first = await OpenAsync(Clock);
        var second = await OpenAsync(Clock);

        await first.AppendAsync(Call(T0, "from-first"), CancellationToken.None);
        await second.AppendAsync(Call(T0.AddSeconds(1), "from-second"), CancellationToken.None);

        (await second.ListAsync(T0, T0.AddHours(1), CancellationToken.None)).Select(c => c.Task).ShouldBe(["from-first", "from-second"]);
        (await first.ListAsync(T0, T0.AddHours(1), CancellationToken.None)).Select(c => c.Task).ShouldBe(["from-first", "from-second"]);
    }

    [Fact]
    public async Task A_negative_or_not_a_number_latency_is_refused_and_nothing_is_written()
    {
        var log = await OpenAsync(Clock);

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { LatencyMs = double.NaN }, CancellationToken.None));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { LatencyMs = -1 }, CancellationToken.None));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { TokensIn = -5 }, CancellationToken.None));

        (await log.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None)).ShouldBeEmpty();
    }

    private static LlmCallRecord Call(DateTimeOffset time, string task, decimal? cost = 0.0042m) => new(
        time, task, "anthropic", "claude-sonnet", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        1200, 350, cost, 812.25, "ok", false, "한국어 \"quoted\" error " + time.ToString("O", CultureInfo.InvariantCulture));
}
