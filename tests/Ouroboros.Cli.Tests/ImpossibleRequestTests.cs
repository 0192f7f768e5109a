using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>
/// Conflicts and impossible requests are one `error:` line saying what, why and how to fix it, with exit code 2; runs
/// that cannot trade run, and the summary (text and JSON) says why there were no trades.
/// </summary>
public sealed class ImpossibleRequestTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");
    private static readonly string Qqq = RepoPaths.Data("us", "yahoo-QQQ-daily.csv");
    private static readonly string Kodex = RepoPaths.Data("kr", "krx-069500-daily.csv");

    private static async Task<string> RefusedAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = lines.ShouldHaveSingleItem();
        error.ShouldStartWith("error: ");
        error.ShouldNotContain("Exception");
        error.ShouldNotContain("«");
        return error;
    }

    private static string[] Backtest(string db, params string[] extra) => ["backtest", "--strategy", "sma-cross", "--db", db, "--no-save", .. extra];

    [Fact]
    public async Task A_folder_mixing_KRW_and_USD_instruments_is_refused_naming_the_files_of_each_currency()
    {
        using var tmp = new TempDirectory();
        var folder = tmp.File("mixed");
        Directory.CreateDirectory(folder);
        File.Copy(Kodex, Path.Combine(folder, "krx-069500-daily.csv"));
        File.Copy(Spy, Path.Combine(folder, "yahoo-SPY-daily.csv"));

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", folder));

        error.ShouldContain("one account currency");
        error.ShouldContain("KRW: krx-069500-daily.csv");
        error.ShouldContain("USD: yahoo-SPY-daily.csv");
    }

    [Fact]
    public async Task A_venue_that_does_not_fit_the_instrument_is_refused_with_the_venue_that_does()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", Spy, "--venue", "krx"));

        error.ShouldContain("--venue krx does not fit SPY");
        error.ShouldContain("use --venue us");
    }

    [Fact]
    public async Task Plan_for_a_market_the_data_is_not_from_is_refused()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync("plan", "--market", "US", "--date", "2023-03-06", "--data", Kodex, "--planner", "rules", "--db", tmp.File("j.db"));

        error.ShouldContain("--market US does not fit 069500");
    }

    [Theory]
    [InlineData("2023-03-04", "not a KRX trading day", "2023-03-03 and 2023-03-06")]
    [InlineData("2030-03-04", "after the data", "latest day it can plan")]
    [InlineData("2099-03-04", "after the data", "latest day it can plan")]
    [InlineData("1990-03-05", "before the data", "earliest day it can plan")]
    public async Task Plan_for_a_day_that_cannot_be_planned_is_refused_with_the_nearest_valid_days(string date, string why, string nearest)
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync("plan", "--market", "KR", "--date", date, "--data", Kodex, "--planner", "rules", "--db", tmp.File("j.db"));

        error.ShouldContain(why);
        error.ShouldContain(nearest);
    }

    [Fact]
    public async Task A_benchmark_covering_another_period_is_refused()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", Qqq, "--benchmark", Spy));

        error.ShouldContain("covers 2003-01-07 to 2023-01-06 but the run trades 1999-03-10");
    }

    [Fact]
    public async Task A_benchmark_of_another_interval_is_refused()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", Spy, "--benchmark", RepoPaths.Data("crypto", "binance-BTCUSDT-1h-2017-2022.csv")));

        error.ShouldContain("has 1h bars but the run trades 1d bars");
    }

    [Fact]
    public async Task Quantity_and_sizing_together_are_a_conflict()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", Spy, "--quantity", "5", "--sizing", "percent:10"));

        error.ShouldContain("--quantity 5 and --sizing percent:10 both set how much to buy");
    }

    [Fact]
    public async Task A_repeated_parameter_is_an_error_naming_the_key()
    {
        using var tmp = new TempDirectory();

        var error = await RefusedAsync(Backtest(tmp.File("j.db"), "--data", Spy, "--param", "fast=10", "--param", "fast=20"));

        error.ShouldContain("--param fast is given twice (fast=10 and fast=20)");
    }

    [Fact]
    public async Task A_warm_up_longer_than_the_data_runs_and_says_why_there_were_no_trades()
    {
        using var tmp = new TempDirectory();

        var text = await CliRunner.RunAsync(Backtest(tmp.File("a.db"), "--data", Spy, "--param", "slow=99999"));
        var json = await CliRunner.RunAsync(Backtest(tmp.File("b.db"), "--data", Spy, "--param", "slow=99999", "--json"));

        text.ExitCode.ShouldBe(0, text.Stderr);
        text.Stdout.ShouldContain("No trades");
        text.Stdout.ShouldContain("the strategy needs 99,999 bars of warm-up (slow=99999) but the data has 5,036");
        var reasons = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("no_trade_reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        reasons.ShouldContain(r => r!.Contains("99,999 bars of warm-up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cash_that_buys_no_lot_runs_and_says_so_with_the_cheapest_lot()
    {
        using var tmp = new TempDirectory();

        var result = await CliRunner.RunAsync(Backtest(tmp.File("j.db"), "--data", Kodex, "--venue", "krx", "--cash", "50", "--json"));

        result.ExitCode.ShouldBe(0, result.Stderr);
        var reasons = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("no_trade_reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        reasons.ShouldContain(r => r!.StartsWith("cash 50 buys no lot (cheapest lot ", StringComparison.Ordinal) && r.Contains("KRW: 069500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_that_trades_gives_no_reasons()
    {
        using var tmp = new TempDirectory();

        var result = await CliRunner.RunAsync(Backtest(tmp.File("j.db"), "--data", Spy, "--json"));

        result.ExitCode.ShouldBe(0, result.Stderr);
        JsonDocument.Parse(result.Stdout).RootElement.TryGetProperty("no_trade_reasons", out _).ShouldBeFalse();
    }
}
