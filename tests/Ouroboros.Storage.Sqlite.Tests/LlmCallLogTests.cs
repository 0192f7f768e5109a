using System.Globalization;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>The LLM call log: every attempt reads back exactly, missing usage stays null, ranges are [from, to).</summary>
public sealed class LlmCallLogTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private static readonly FixedTimeProvider Clock = new(T0);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("llm.db") };

    [Fact]
    public async Task A_priced_call_reads_back_exactly_with_its_decimal_cost_and_scale()
    {
        var log = await SqliteLlmCallLog.OpenAsync(Options, Clock);
        var call = Call(T0, "plan", cost: 0.000123456789m) with { Error = null };

        await log.AppendAsync(call, CancellationToken.None);
        var back = (await log.ListAsync(T0, T0.AddTicks(1), CancellationToken.None)).ShouldHaveSingleItem();

        back.ShouldBe(call);
        DecimalAssertions.ShouldBeExactly(back.Cost.ShouldNotBeNull(), 0.000123456789m);
        RawSqlite.Scalar(log.Path, "SELECT cost FROM llm_calls").ShouldBe("0.000123456789");
        RawSqlite.Scalar(log.Path, "SELECT time FROM llm_calls").ShouldBe(new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7).UtcTicks); // ticks since migration 6
    }

    [Fact]
    public async Task A_call_without_reported_usage_keeps_null_tokens_and_cost_never_zero()
    {
        var log = await SqliteLlmCallLog.OpenAsync(Options, Clock);
        var call = Call(T0, "plan", cost: null) with { TokensIn = null, TokensOut = null, Outcome = "timeout", Error = "no answer in 30 s" };

        await log.AppendAsync(call, CancellationToken.None);
        var back = (await log.ListAsync(T0, T0.AddDays(1), CancellationToken.None)).ShouldHaveSingleItem();

        back.ShouldBe(call);
        back.TokensIn.ShouldBeNull();
        back.TokensOut.ShouldBeNull();
        back.Cost.ShouldBeNull();
        RawSqlite.Scalar(log.Path, "SELECT COUNT(*) FROM llm_calls WHERE tokens_in IS NULL AND tokens_out IS NULL AND cost IS NULL").ShouldBe(1L);
    }

    [Fact]
    public async Task A_time_range_lists_from_inclusive_to_exclusive_oldest_first_in_any_offset()
    {
        var log = await SqliteLlmCallLog.OpenAsync(Options, Clock);
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
        var first = await SqliteLlmCallLog.OpenAsync(Options, Clock);
        var second = await SqliteLlmCallLog.OpenAsync(Options, Clock);

        await first.AppendAsync(Call(T0, "from-first"), CancellationToken.None);
        await second.AppendAsync(Call(T0.AddSeconds(1), "from-second"), CancellationToken.None);

        (await second.ListAsync(T0, T0.AddHours(1), CancellationToken.None)).Select(c => c.Task).ShouldBe(["from-first", "from-second"]);
        (await first.ListAsync(T0, T0.AddHours(1), CancellationToken.None)).Select(c => c.Task).ShouldBe(["from-first", "from-second"]);
    }

    [Fact]
    public async Task A_negative_or_not_a_number_latency_is_refused_and_nothing_is_written()
    {
        var log = await SqliteLlmCallLog.OpenAsync(Options, Clock);

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { LatencyMs = double.NaN }, CancellationToken.None));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { LatencyMs = -1 }, CancellationToken.None));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => log.AppendAsync(Call(T0, "x") with { TokensIn = -5 }, CancellationToken.None));

        (await log.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_row_this_build_cannot_read_fails_with_a_storage_error_naming_the_file()
    {
        var log = await SqliteLlmCallLog.OpenAsync(Options, Clock);
        await log.AppendAsync(Call(T0, "plan"), CancellationToken.None);
        RawSqlite.Execute(log.Path, "UPDATE llm_calls SET cost = 'twelve cents'");

        var error = await Should.ThrowAsync<StorageException>(() => log.ListAsync(T0, T0.AddDays(1), CancellationToken.None));

        error.Message.ShouldContain(log.Path);
        error.InnerException.ShouldBeOfType<FormatException>();
    }

    private static LlmCallRecord Call(DateTimeOffset time, string task, decimal? cost = 0.0042m) => new(
        time, task, "anthropic", "claude-sonnet", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        1200, 350, cost, 812.25, "ok", false, "한국어 \"quoted\" error " + time.ToString("O", CultureInfo.InvariantCulture));
}
