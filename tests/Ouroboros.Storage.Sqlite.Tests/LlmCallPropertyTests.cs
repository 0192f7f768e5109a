using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class LlmCallPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Any_llm_call_round_trips_unchanged_through_the_log()
    {
        var log = SqliteLlmCallLog.Open(new SqliteStoreOptions { Path = _temp.File("property.db") }, TimeProvider.System);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(LlmGenerators.Call.ToArbitrary(), call =>
        {
            log.AppendAsync(call, CancellationToken.None).GetAwaiter().GetResult();

            // Calls at one instant list in append order, so the last one at this instant is the one just written.
            var back = log.ListAsync(call.Time, call.Time.AddTicks(1), CancellationToken.None).GetAwaiter().GetResult()[^1];

            back.ShouldBe(call);
            back.Time.UtcTicks.ShouldBe(call.Time.UtcTicks);
            back.Cost?.ToString(CultureInfo.InvariantCulture).ShouldBe(call.Cost?.ToString(CultureInfo.InvariantCulture));
            back.LatencyMs.ShouldBe(call.LatencyMs);
        }));
    }

    [Fact]
    public void Any_instant_round_trips_through_the_iso_text_and_text_order_is_time_order()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Generators.Instant.ToArbitrary(), Generators.Instant.ToArbitrary(), (a, b) =>
        {
            var text = IsoTimeText.EncodeInstant(a);
            IsoTimeText.DecodeInstant(text).ShouldBe(a);
            IsoTimeText.DecodeInstant(text).UtcTicks.ShouldBe(a.UtcTicks);
            Math.Sign(string.CompareOrdinal(text, IsoTimeText.EncodeInstant(b))).ShouldBe(Math.Sign(a.UtcTicks.CompareTo(b.UtcTicks)));
        }));
    }
}
