using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>`backtest --warmup BARS`: parsed, validated, reported in the summary, in --json and as a warning when short.</summary>
public sealed class BacktestWarmUpCommandTests
{
    private static readonly string Spy = RepoPaths.Data("us", "yahoo-SPY-daily.csv");

    [Fact]
    public async Task The_summary_says_how_many_bars_warmed_the_strategy_before_from()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--from", "2020-01-02",
            "--warmup", "60", "--no-risk", "--no-save");

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("Warm-up: 60 bars before 2020-01-02 (");
        stdout.ShouldContain("… 2019-12-31), 0 intents discarded");
        stdout.ShouldContain("Period               2020-01-02");
        stderr.ShouldNotContain("warning");
    }

    [Fact]
    public async Task Json_output_carries_the_warm_up_and_a_short_warm_up_is_warned_about_on_stderr()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--from", "2003-01-09",
            "--warmup", "60", "--no-risk", "--no-save", "--json");

        code.ShouldBe(0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        root.GetProperty("warmup_bars").GetInt32().ShouldBe(2);
        root.GetProperty("warmup_bars_requested").GetInt32().ShouldBe(60);
        root.GetProperty("trade_from").GetString().ShouldBe("2003-01-09");
        root.GetProperty("parameters").GetProperty("warmup").GetString().ShouldBe("60");
        stderr.ShouldContain("warning: fewer than the 60 warm-up bars asked for exist before 2003-01-09");
    }

    [Fact]
    public async Task The_html_report_lists_the_warm_up_with_the_run_parameters()
    {
        using var tmp = new TempDirectory();
        var report = tmp.File("warm.html");
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--warmup", "40",
            "--no-risk", "--no-save", "--report", report);

        code.ShouldBe(0, stderr);
        var html = await File.ReadAllTextAsync(report);
        html.ShouldContain("warmup");
        html.ShouldContain("trade_from");
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-1")]
    public async Task A_negative_warm_up_is_answered_with_one_clear_line_and_exit_code_2(string value)
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--warmup", value, "--no-save");

        code.ShouldBe(2);
        stderr.ShouldStartWith($"error: --warmup {value} is too small; use a whole number from 0");
        stderr.Trim().Split('\n').Length.ShouldBe(1, stderr);
        stdout.ShouldNotContain("Total return");
    }

    [Fact]
    public async Task A_warm_up_that_is_not_a_number_is_refused()
    {
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Spy, "--warmup", "lots", "--no-save");

        code.ShouldNotBe(0);
        stderr.ShouldContain("lots");
    }

    [Fact]
    public async Task Help_lists_the_warmup_option()
    {
        var (code, stdout, _) = await InProcess.RunAsync("backtest", "--help");

        code.ShouldBe(0);
        stdout.ShouldContain("--warmup <BARS>");
    }
}
