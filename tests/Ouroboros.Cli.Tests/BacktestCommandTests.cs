using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

public sealed class BacktestCommandTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    [Fact]
    public async Task Backtest_json_prints_one_object_with_the_required_keys()
    {
        using var tmp = new TempDirectory();
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30",
            "--data", Spy, "--cash", "100000", "--commission-pct", "0.1", "--fill", "next-open", "--sizing", "all-in", "--no-risk", "--json", "--db", tmp.File("j.db"));
        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        foreach (var key in new[] { "final_equity", "total_return", "closed_trades", "open_trades", "fills", "fees", "max_drawdown", "sharpe", "bars", "run_id" })
            root.TryGetProperty(key, out _).ShouldBeTrue($"missing {key}");
        root.GetProperty("bars").GetInt32().ShouldBe(5036);
        root.GetProperty("risk_enabled").GetBoolean().ShouldBeFalse();
        root.GetProperty("fills").GetInt32().ShouldBeGreaterThan(0);
        (root.GetProperty("closed_trades").GetInt32() * 2 + root.GetProperty("open_trades").GetInt32()).ShouldBe(root.GetProperty("fills").GetInt32());
    }

    [Fact]
    public async Task Backtest_writes_a_self_contained_html_report()
    {
        using var tmp = new TempDirectory();
        var report = tmp.File("out/report.html");
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--sizing", "percent:20",
            "--report", report, "--db", tmp.File("j.db"));
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("Total return");
        var html = await File.ReadAllTextAsync(report);
        html.ShouldContain("<svg");
        html.ShouldNotContain("src=\"http");
    }

    [Theory]
    [InlineData("--strategy", "nope", "unknown strategy 'nope'")]
    [InlineData("--param", "fast=abc", "fast must be a whole number")]
    [InlineData("--param", "fast=50", "fast")]
    [InlineData("--fill", "tomorrow", "--fill 'tomorrow' is not one of next-open, same-close")]
    [InlineData("--sizing", "lots", "unknown sizing")]
    [InlineData("--venue", "mars", "--venue 'mars' is not one of generic, krx, us, bybit")]
    [InlineData("--from", "01/02/2020", "--from '01/02/2020' is not a date")]
    public async Task Bad_input_is_answered_with_one_clear_line_and_exit_code_2(string option, string value, string expected)
    {
        using var tmp = new TempDirectory();
        var args = new List<string> { "backtest", "--data", Spy, "--db", tmp.File("j.db") };
        if (option != "--strategy") args.AddRange(["--strategy", "sma-cross"]);
        args.AddRange([option, value]);
        var (code, _, stderr) = await InProcess.RunAsync([.. args]);
        code.ShouldBe(2);
        stderr.ShouldStartWith("error: ");
        stderr.ShouldContain(expected);
        stderr.Trim().Split('\n').Length.ShouldBe(1, stderr);
    }

    [Fact]
    public async Task Missing_data_file_names_the_file()
    {
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", "no/such/file.csv", "--no-save");
        code.ShouldBe(2);
        stderr.ShouldContain("no/such/file.csv");
    }

    [Fact]
    public async Task Risk_gates_deny_an_all_in_entry_as_a_fat_finger()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--sizing", "all-in", "--json", "--no-save");
        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        doc.RootElement.GetProperty("risk_enabled").GetBoolean().ShouldBeTrue();
        doc.RootElement.GetProperty("fills").GetInt32().ShouldBe(0);
        doc.RootElement.GetProperty("risk_denials").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        foreach (var command in new[] { "backtest", "indicators", "runs", "runs list", "runs show", "strategies", "data check", "bench" })
        {
            var (code, stdout, _) = await InProcess.RunAsync([.. command.Split(' '), "--help"]);
            code.ShouldBe(0, command);
            stdout.ShouldContain("Usage:", customMessage: command);
        }
    }
}

public sealed class BacktestBenchmarkTests
{
    [Fact]
    public async Task A_benchmark_file_adds_buy_and_hold_figures_over_the_same_period()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", RepoPaths.Data("us", "yahoo-QLD-daily.csv"),
            "--benchmark", RepoPaths.Data("us", "yahoo-QQQ-daily.csv"), "--from", "2010-01-01", "--to", "2019-12-31", "--sizing", "percent:20", "--json", "--no-save");
        code.ShouldBe(0, stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        var b = doc.RootElement.GetProperty("benchmark");
        b.GetProperty("symbol").GetString().ShouldBe("QQQ");
        b.GetProperty("start").GetString()!.ShouldStartWith("2010-01-04");
        b.GetProperty("total_return").GetDouble().ShouldBeGreaterThan(2.0); // QQQ more than tripled in the 2010s
        doc.RootElement.GetProperty("start").GetString()!.ShouldStartWith("2010-01-04");
        doc.RootElement.GetProperty("end").GetString()!.ShouldStartWith("2019-12-31");
    }
}
