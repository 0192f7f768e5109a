using Microsoft.Data.Sqlite;
using System.Globalization;
using Ouroboros.Core.Ports;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>The LLM call log: every attempt reads back exactly, missing usage stays null, ranges are [from, to).</summary>
public sealed class LlmCallLogTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 4, 7, 0, 35, 0, TimeSpan.Zero).AddTicks(7);
    private static readonly FakeClock Clock = new(T0);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

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
