using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>The journal through the real CLI process: a stored run can be listed and reopened.</summary>
public sealed class RunsCommandTests
{
    [Fact]
    public async Task A_backtest_is_stored_and_can_be_listed_and_reopened()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");
        var run = await CliRunner.RunAsync(["backtest", "--strategy", "sma-cross", "--data", "data/kr/krx-069500-daily.csv", "--venue", "krx",
            "--sizing", "percent:25", "--json", "--db", db]);
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var result = JsonDocument.Parse(run.Stdout);
        var id = result.RootElement.GetProperty("run_id").GetString()!;

        var list = await CliRunner.RunAsync(["runs", "list", "--db", db]);
        list.ExitCode.ShouldBe(0, list.Stderr);
        list.Stdout.ShouldContain(id);
        list.Stdout.ShouldContain("sma-cross");

        var show = await CliRunner.RunAsync(["runs", "show", id, "--json", "--db", db]);
        show.ExitCode.ShouldBe(0, show.Stderr);
        using var shown = JsonDocument.Parse(show.Stdout);
        shown.RootElement.GetProperty("final_equity").GetDecimal().ShouldBe(result.RootElement.GetProperty("final_equity").GetDecimal());
        shown.RootElement.GetProperty("fills").GetInt32().ShouldBe(result.RootElement.GetProperty("fills").GetInt32());

        var text = await CliRunner.RunAsync(["runs", "show", id, "--db", db]);
        text.ExitCode.ShouldBe(0, text.Stderr);
        text.Stdout.ShouldContain("risk decisions");
    }

    [Fact]
    public async Task Showing_an_unknown_run_says_so_and_fails()
    {
        using var tmp = new TempDirectory();
        var show = await CliRunner.RunAsync(["runs", "show", "bt-nope", "--db", tmp.File("j.db")]);
        show.ExitCode.ShouldBe(2);
        show.Stderr.ShouldContain("no run 'bt-nope'");
    }

    [Fact]
    public async Task Environment_variables_override_configuration_defaults()
    {
        var run = await CliRunner.RunAsync(["backtest", "--strategy", "sma-cross", "--data", "data/us/yahoo-QQQ-daily.csv", "--no-risk", "--json", "--no-save"],
            new Dictionary<string, string> { ["OUROBOROS_BACKTEST__CASH"] = "12345" });
        run.ExitCode.ShouldBe(0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("initial_cash").GetDecimal().ShouldBe(12345m);
    }

    [Fact]
    public async Task A_bad_configuration_lists_every_problem_at_once()
    {
        var run = await CliRunner.RunAsync(["runs", "list"], new Dictionary<string, string>
        {
            ["OUROBOROS_BACKTEST__CASH"] = "lots",
            ["OUROBOROS_RISK__FATFINGERPCT"] = "90",
            ["OUROBOROS_NOSUCH__KEY"] = "1",
        });
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("Backtest:Cash");
        run.Stderr.ShouldContain("Risk:FatFingerPct");
        run.Stderr.ShouldContain("NOSUCH");
    }
}
