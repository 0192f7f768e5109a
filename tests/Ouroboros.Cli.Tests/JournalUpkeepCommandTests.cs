using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Microsoft.Data.Sqlite;
using Ouroboros.TestKit;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Cli.Tests;

/// <summary>`db check|vacuum|backup` and `runs delete|prune|export|compare|show --trades` on a journal with real backtests.</summary>
public sealed class JournalUpkeepCommandTests : IDisposable
{
    private static readonly string Kodex = RepoPaths.Data("kr", "krx-069500-daily.csv");
    private static readonly string Vix = RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv");
    private readonly TempDirectory _tmp = new(SqliteConnection.ClearAllPools);

    public void Dispose() => _tmp.Dispose();

    private async Task<string> BacktestAsync(string db, string strategy = "sma-cross")
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", strategy, "--data", Kodex, "--venue", "krx",
            "--sizing", "percent:25", "--vix", Vix, "--json", "--db", db);
        code.ShouldBe(0, stderr);
        using var result = JsonDocument.Parse(stdout);
        return result.RootElement.GetProperty("run_id").GetString()!;
    }

    [Fact]
    public async Task A_damaged_journal_is_refused_with_the_way_out_and_db_check_lists_its_problems()
    {
        var db = _tmp.File("journal.db");
        await BacktestAsync(db);
        Checkpoint(db);
        JournalDamage.WriteGarbage(db);

        var (listCode, _, listError) = await InProcess.RunAsync("runs", "list", "--db", db);
        var (checkCode, checkOut, checkError) = await InProcess.RunAsync("db", "check", "--db", db);

        listCode.ShouldBe(2);
        listError.ShouldStartWith($"error: The journal at {Path.GetFullPath(db)} is damaged (");
        listError.ShouldContain("`ouroboros db check`");
        listError.ShouldNotContain("   at ");
        checkCode.ShouldBe(3, checkError);
        checkOut.ShouldContain("is damaged");
    }

    [Fact]
    public async Task Db_check_vacuum_and_backup_work_on_a_sound_journal()
    {
        var db = _tmp.File("journal.db");
        var id = await BacktestAsync(db);
        var copy = _tmp.File("copy.db");

        var check = await InProcess.RunAsync("db", "check", "--db", db);
        var vacuum = await InProcess.RunAsync("db", "vacuum", "--db", db);
        var backup = await InProcess.RunAsync("db", "backup", "--to", copy, "--db", db);
        var again = await InProcess.RunAsync("db", "backup", "--to", copy, "--db", db);
        var fromCopy = await InProcess.RunAsync("runs", "list", "--db", copy);

        check.Code.ShouldBe(0, check.Stderr);
        check.Stdout.ShouldContain("is sound");
        vacuum.Code.ShouldBe(0, vacuum.Stderr);
        backup.Code.ShouldBe(0, backup.Stderr);
        fromCopy.Stdout.ShouldContain(id);
        again.Code.ShouldBe(2);
        again.Stderr.ShouldContain("already exists");
    }

    [Fact]
    public async Task Export_writes_rfc_4180_csv_and_json_with_one_row_per_stored_item()
    {
        var db = _tmp.File("journal.db");
        var id = await BacktestAsync(db);
        var show = await InProcess.RunAsync("runs", "show", id, "--json", "--db", db);
        using var shown = JsonDocument.Parse(show.Stdout);
        var fills = shown.RootElement.GetProperty("fills").GetInt32();

        var csvOut = await InProcess.RunAsync("runs", "export", id, "--what", "fills", "--format", "csv", "--db", db);
        var jsonOut = await InProcess.RunAsync("runs", "export", id, "--what", "equity", "--format", "json", "--db", db);
        var bad = await InProcess.RunAsync("runs", "export", id, "--what", "bars", "--db", db);

        csvOut.Code.ShouldBe(0, csvOut.Stderr);
        using var csv = CsvReader.FromText(csvOut.Stdout, new CsvReaderOptions());
        csv.ReadHeader();
        csv.Headers.ShouldBe(["fill_id", "order_id", "instrument", "side", "quantity", "price", "fee", "time", "liquidity"]);
        var rows = 0;
        while (csv.Read())
        {
            rows++;
            csv.FieldCount.ShouldBe(9, $"row {rows}");
            decimal.Parse(csv.GetString(5), CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        }
        rows.ShouldBe(fills);
        jsonOut.Code.ShouldBe(0, jsonOut.Stderr);
        using var equity = JsonDocument.Parse(jsonOut.Stdout);
        equity.RootElement.GetArrayLength().ShouldBeGreaterThan(100);
        equity.RootElement[0].GetProperty("equity").GetString().ShouldNotBeNullOrEmpty();
        bad.Code.ShouldBe(2);
    }

    [Fact]
    public async Task Prune_lists_by_default_deletes_with_yes_and_delete_removes_one_run()
    {
        var db = _tmp.File("journal.db");
        var first = await BacktestAsync(db);
        var second = await BacktestAsync(db);
        var third = await BacktestAsync(db);

        var dry = await InProcess.RunAsync("runs", "prune", "--keep", "1", "--db", db);
        var afterDry = await InProcess.RunAsync("runs", "list", "--db", db);
        var prune = await InProcess.RunAsync("runs", "prune", "--keep", "2", "--yes", "--db", db);
        var delete = await InProcess.RunAsync("runs", "delete", third, "--db", db);
        var missing = await InProcess.RunAsync("runs", "delete", first, "--db", db);
        var list = await InProcess.RunAsync("runs", "list", "--db", db);
        var nothing = await InProcess.RunAsync("runs", "prune", "--db", db);

        dry.Code.ShouldBe(0, dry.Stderr);
        dry.Stdout.ShouldContain("2 run(s) would be deleted");
        afterDry.Stdout.ShouldContain(first);
        prune.Stdout.ShouldContain("Deleted 1 run(s)");
        delete.Code.ShouldBe(0, delete.Stderr);
        missing.Code.ShouldBe(2);
        missing.Stderr.ShouldContain("runs list");
        list.Stdout.ShouldContain(second);
        list.Stdout.ShouldNotContain(first);
        list.Stdout.ShouldNotContain(third);
        nothing.Code.ShouldBe(2);
    }

    [Fact]
    public async Task Compare_shows_both_runs_and_show_trades_lists_every_closed_trade()
    {
        var db = _tmp.File("journal.db");
        var a = await BacktestAsync(db);
        var b = await BacktestAsync(db, "triple-rsi");

        var compare = await InProcess.RunAsync("runs", "compare", a, b, "--db", db);
        var trades = await InProcess.RunAsync("runs", "show", a, "--trades", "--db", db);
        var export = await InProcess.RunAsync("runs", "export", a, "--what", "trades", "--format", "json", "--db", db);

        compare.Code.ShouldBe(0, compare.Stderr);
        compare.Stdout.ShouldContain(a);
        compare.Stdout.ShouldContain(b);
        compare.Stdout.ShouldContain("sma-cross");
        compare.Stdout.ShouldContain("triple-rsi");
        using var stored = JsonDocument.Parse(export.Stdout);
        trades.Stdout.ShouldContain($"Closed trades: {stored.RootElement.GetArrayLength()}");
        stored.RootElement.GetArrayLength().ShouldBeGreaterThan(0);
    }

    private static void Checkpoint(string db)
    {
        SQLitePCL.Batteries_V2.Init();
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }
}
