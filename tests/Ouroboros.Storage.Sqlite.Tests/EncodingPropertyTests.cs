using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Storage.Sqlite.Tests;

public sealed class EncodingPropertyTests : IDisposable
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(2_000);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Any_decimal_round_trips_exactly_through_the_encoding_keeping_its_scale()
    {
        Check.One(Quick, Prop.ForAll(Generators.Decimal.ToArbitrary(), value =>
            DecimalAssertions.ShouldBeExactly(SqliteCodec.DecodeDecimal(SqliteCodec.EncodeDecimal(value)), value)));
    }

    [Fact]
    public void The_bulk_utf8_encoding_of_a_decimal_is_the_same_text_as_the_column_encoding()
    {
        var buffer = new byte[SqliteCodec.MaxDecimalUtf8Length];
        Check.One(Quick, Prop.ForAll(Generators.Decimal.ToArbitrary(), value =>
            System.Text.Encoding.UTF8.GetString(SqliteCodec.EncodeDecimal(value, buffer)).ShouldBe(SqliteCodec.EncodeDecimal(value))));
    }

    [Fact]
    public void Any_instant_round_trips_to_the_tick_through_the_encoding()
    {
        Check.One(Quick, Prop.ForAll(Generators.Instant.ToArbitrary(), value =>
        {
            var decoded = SqliteCodec.DecodeTime(SqliteCodec.EncodeTime(value));
            decoded.ShouldBe(value);
            decoded.UtcTicks.ShouldBe(value.UtcTicks);
        }));
    }

    [Fact]
    public void Any_decimal_and_instant_survive_a_sqlite_column_of_the_schema_type()
    {
        using var connection = SqliteDatabase.Create(new SqliteStoreOptions { Path = _temp.File("probe.db") }).OpenConnection();
        Execute(connection, "CREATE TABLE probe (d TEXT NOT NULL, t INTEGER NOT NULL)");
        using var insert = Command(connection, "INSERT INTO probe (d, t) VALUES ($d, $t) RETURNING d, t");
        using var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        var d = insert.Parameters.AddWithValue("$d", "");
        var t = insert.Parameters.AddWithValue("$t", 0L);

        Check.One(Quick, Prop.ForAll(Generators.Decimal.ToArbitrary(), Generators.Instant.ToArbitrary(), (value, time) =>
        {
            d.Value = SqliteCodec.EncodeDecimal(value);
            t.Value = SqliteCodec.EncodeTime(time);
            using var reader = insert.ExecuteReader();
            reader.Read().ShouldBeTrue();
            DecimalAssertions.ShouldBeExactly(SqliteCodec.DecodeDecimal(reader.GetString(0)), value);
            SqliteCodec.DecodeTime(reader.GetInt64(1)).ShouldBe(time);
        }));
    }

    [Fact]
    public async Task Any_equity_curve_survives_a_save_and_load_through_the_store()
    {
        var store = await SqliteRunStore.OpenAsync(new SqliteStoreOptions { Path = _temp.File("curves.db") }, TimeProvider.System);
        var curves = Gen.Sample(Gen.ListOf(Generators.EquityPoint), 50);

        for (var i = 0; i < curves.Length; i++)
        {
            var run = SampleRuns.Minimal($"curve-{i}", SampleRuns.Start) with { Equity = [.. curves[i]] };
            await store.SaveAsync(run, CancellationToken.None);

            var loaded = (await store.GetAsync(new RunId($"curve-{i}"), CancellationToken.None)).ShouldNotBeNull();

            loaded.Equity.Count.ShouldBe(run.Equity.Count);
            for (var j = 0; j < run.Equity.Count; j++)
            {
                loaded.Equity[j].Time.UtcTicks.ShouldBe(run.Equity[j].Time.UtcTicks);
                DecimalAssertions.ShouldBeExactly(loaded.Equity[j].Equity, run.Equity[j].Equity);
                DecimalAssertions.ShouldBeExactly(loaded.Equity[j].Cash, run.Equity[j].Cash);
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }
}
