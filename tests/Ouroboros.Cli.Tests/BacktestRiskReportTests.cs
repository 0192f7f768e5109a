using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>The README's backtest with the full risk engine and the --risk-report table.</summary>
public sealed class BacktestRiskReportTests
{
    private static readonly string Kodex = RepoPaths.Data("kr", "krx-069500-daily.csv");
    private static readonly string Vix = RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv");

    [Fact]
    public async Task Risk_report_prints_each_rule_with_its_denials_and_what_if_equity()
    {
        using var tmp = new TempDirectory();
        var report = tmp.File("report.html");
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Kodex, "--venue", "krx",
            "--cash", "10000000", "--sizing", "percent:10", "--vix", Vix, "--risk-report", "--report", report, "--db", tmp.File("j.db"));

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("Risk report:");
        stdout.ShouldContain("vix_halt");
        stdout.ShouldContain("exit_rules");
        stdout.ShouldContain("Δ equity");
        var html = await File.ReadAllTextAsync(report);
        html.ShouldContain("Risk rules: what they cost or saved");
        html.ShouldContain("entry_drought");
    }

    [Fact]
    public async Task A_looser_limit_in_the_environment_stops_the_backtest_naming_the_limit()
    {
        using var tmp = new TempDirectory();
        File.WriteAllText(tmp.File(".env"), "OUROBOROS_RISK__MAXPOSITIONPCT=25\nMAX_LOSS_PCT=5\n");
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Kodex, "--venue", "krx",
            "--vix", Vix, "--env-file", tmp.File(".env"), "--db", tmp.File("j.db"));

        code.ShouldBe(2);
        stderr.ShouldContain("Risk:MaxPositionPct = '25': looser than the hard limit 15");
        stderr.ShouldContain("MAX_LOSS_PCT (legacy name of Risk:CircuitBreakerPct)");
    }

    [Fact]
    public async Task Krx_data_with_risk_on_and_no_vix_file_is_a_clear_user_error()
    {
        using var tmp = new TempDirectory();
        var (code, _, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Kodex, "--venue", "krx",
            "--vix", tmp.File("missing.csv"), "--db", tmp.File("j.db"));

        code.ShouldBe(2);
        stderr.ShouldStartWith("error:");
        stderr.ShouldContain("missing.csv");
    }

    [Fact]
    public async Task A_stored_run_shows_every_denial_with_its_figures_and_every_incident()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("j.db");
        var (code, stdout, stderr) = await InProcess.RunAsync("backtest", "--strategy", "sma-cross", "--data", Kodex, "--venue", "krx",
            "--cash", "10000000", "--sizing", "percent:10", "--vix", Vix, "--json", "--db", db);
        code.ShouldBe(0, stderr);
        var runId = System.Text.Json.JsonDocument.Parse(stdout).RootElement.GetProperty("run_id").GetString()!;

        var shown = await InProcess.RunAsync("runs", "show", runId, "--risk", "--db", db);

        shown.Code.ShouldBe(0, shown.Stderr);
        shown.Stdout.ShouldContain("denied by vix_halt: VIX");
        shown.Stdout.ShouldContain("inputs {\"origin\":\"Strategy\"");
        shown.Stdout.ShouldContain("ExitSignal account stop_loss");
        shown.Stdout.ShouldContain("Alert account entry_drought");
    }
}
