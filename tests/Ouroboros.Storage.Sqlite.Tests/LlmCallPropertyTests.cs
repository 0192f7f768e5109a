using Microsoft.Data.Sqlite;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class LlmCallPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

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
    public void Any_instant_stored_as_iso_text_before_migration_6_converts_to_its_exact_ticks()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        SqliteNative.EnsureInitialized();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + Migrations.OneTimeEncodingSchema.Ticks("$text");
        var text = command.Parameters.Add("$text", Microsoft.Data.Sqlite.SqliteType.Text);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Generators.Instant.ToArbitrary(), instant =>
        {
            // The text exactly as migration 4's stores wrote it.
            text.Value = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            ((long)command.ExecuteScalar()!).ShouldBe(instant.UtcTicks);
        }));
    }
}
