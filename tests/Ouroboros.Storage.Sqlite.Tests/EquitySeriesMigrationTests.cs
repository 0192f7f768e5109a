using System.Globalization;
using Microsoft.Data.Sqlite;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.Storage.Sqlite.Migrations;
using Ouroboros.Storage.Sqlite.Tests.Support;
using Ouroboros.TestKit;

namespace Ouroboros.Storage.Sqlite.Tests;

/// <summary>
/// Migration 9 moves a version 8 journal's equity rows (one per point) into one columnar blob per run, in place. The
/// version 8 rows are written with raw SQL, as the version 8 writer did, because this build writes only blobs.
/// </summary>
public sealed class EquitySeriesMigrationTests : IDisposable
{
    private const int LastRowVersion = 8;
    private static readonly DateTimeOffset FirstOpen = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _temp.Dispose();

    private SqliteStoreOptions Options => new() { Path = _temp.File("v8.db") };

    [Fact]
    public async Task A_version_8_journal_reads_back_every_equity_point_exactly_after_its_rows_become_blobs()
    {
        var path = await OldJournalAsync();
        var longCurve = Curve(1_500, seed: 7);
        EquityPoint[] shortCurve = [new(FirstOpen, 10_000.00m, 10_000.00m), new(FirstOpen.AddDays(1), 10_012.345m, new decimal(0, 0, 0, true, 1)), new(FirstOpen.AddDays(4), 9_999.5m, 3m)];
        InsertRun(path, "long", longCurve);
        InsertRun(path, "short", shortCurve);
        InsertRun(path, "flat", []);

        var upgraded = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen.AddDays(30)));

        upgraded.MigrationsApplied.ShouldBe([9]);
        RawSqlite.Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'equity'").ShouldBe(0L);
        RawSqlite.Scalar(path, "SELECT group_concat(run_id || ':' || points, ',') FROM (SELECT run_id, points FROM equity_series ORDER BY run_id)").ShouldBe("long:1500,short:3");
        ShouldBeExactly((await upgraded.GetAsync(new RunId("long"), CancellationToken.None)).ShouldNotBeNull().Equity, [.. longCurve.Select(AsVersion8Text)]);
        ShouldBeExactly((await upgraded.GetAsync(new RunId("short"), CancellationToken.None)).ShouldNotBeNull().Equity, [.. shortCurve.Select(AsVersion8Text)]);
        (await upgraded.GetAsync(new RunId("flat"), CancellationToken.None)).ShouldNotBeNull().Equity.ShouldBeEmpty();
        (await upgraded.DeleteAsync(new RunId("long"), CancellationToken.None)).ShouldBeTrue();
        RawSqlite.Scalar(path, "SELECT COUNT(*) FROM equity_series").ShouldBe(1L); // the blob goes with its run
    }

    [Fact]
    public async Task An_unreadable_old_equity_row_rolls_the_move_back_and_says_which_run()
    {
        var path = await OldJournalAsync();
        InsertRun(path, "good", Curve(10, seed: 1));
        InsertRun(path, "bad", Curve(10, seed: 2));
        RawSqlite.Execute(path, "UPDATE equity SET cash = 'twelve' WHERE run_id = 'bad' AND seq = 4");

        var error = await Should.ThrowAsync<StorageException>(() => SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen)));

        error.Message.ShouldContain("Migration 9");
        error.Message.ShouldContain("run 'bad'");
        error.Message.ShouldContain($"stays at schema version {LastRowVersion}");
        RawSqlite.Scalar(path, "SELECT COUNT(*) FROM equity").ShouldBe(20L);
        RawSqlite.Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'equity_series'").ShouldBe(0L);
    }

    private async Task<string> OldJournalAsync()
    {
        var v8 = await SqliteRunStore.OpenAsync(Options, new FakeClock(FirstOpen), [.. SchemaMigrations.All.Where(m => m.Version <= LastRowVersion)]);
        v8.SchemaVersion.ShouldBe(LastRowVersion);
        return v8.Path;
    }

    // The version 8 layout: a runs row, then one equity row per point with the decimals as invariant text.
    private static void InsertRun(string path, string id, IReadOnlyList<EquityPoint> curve)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var run = connection.CreateCommand())
        {
            run.Transaction = transaction;
            run.CommandText = """
                INSERT INTO runs (id, kind, strategy, data_sources, created_at, data_from, data_to, risk_enabled, metrics_json, parameters_json, result_json)
                VALUES ($id, 'backtest', 'sma-cross', 'csv:spy.csv', 638400000000000000, NULL, NULL, 0, '{}', '{}', '{}')
                """;
            run.Parameters.AddWithValue("$id", id);
            run.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO equity (run_id, seq, time, equity, cash) VALUES ($run_id, $seq, $time, $equity, $cash)";
        insert.Parameters.AddWithValue("$run_id", id);
        var seq = insert.Parameters.AddWithValue("$seq", 0L);
        var time = insert.Parameters.AddWithValue("$time", 0L);
        var equity = insert.Parameters.AddWithValue("$equity", "");
        var cash = insert.Parameters.AddWithValue("$cash", "");
        for (var i = 0; i < curve.Count; i++)
        {
            (seq.Value, time.Value) = ((long)i, curve[i].Time.UtcTicks);
            (equity.Value, cash.Value) = (curve[i].Equity.ToString(CultureInfo.InvariantCulture), curve[i].Cash.ToString(CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    // What a version 8 row held: the invariant text keeps value and scale but not the sign of a zero ("-0.0" is "0.0").
    private static EquityPoint AsVersion8Text(EquityPoint point) => point with { Equity = Text(point.Equity), Cash = Text(point.Cash) };

    private static decimal Text(decimal value) => decimal.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static EquityPoint[] Curve(int count, int seed) => CurveGenerators.Seeded(count, seed);

    private static void ShouldBeExactly(IReadOnlyList<EquityPoint> actual, IReadOnlyList<EquityPoint> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Time.UtcTicks.ShouldBe(expected[i].Time.UtcTicks);
            decimal.GetBits(actual[i].Equity).ShouldBe(decimal.GetBits(expected[i].Equity), $"equity #{i}");
            decimal.GetBits(actual[i].Cash).ShouldBe(decimal.GetBits(expected[i].Cash), $"cash #{i}");
        }
    }
}
