using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>
/// The kill switch must always work: `risk kill|halt|resume` need only the journal's location, so a broken
/// configuration is warned about, never in the way. Every command is a real CLI process.
/// </summary>
public sealed class KillSwitchWithBrokenConfigurationTests
{
    public static TheoryData<string, string, string> Breakages() => new()
    {
        // name, file in the working directory (ouroboros.json or .env) and its text ("" = none), environment variable
        { "unknown variable", "", "OUROBOROS_NO_SUCH_SETTING=1" },
        { "malformed ouroboros.json", """{ "Backtest": { "Cash": 5 }  garbage""", "" },
        { ".env line that is not KEY=value", ".env:OUROBOROS_BACKTEST__CASH=5\nthis line is wrong\n", "" },
        { "bad value", "", "OUROBOROS_BACKTEST__FILL=tomorrow" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Kill_halt_and_resume_still_work_and_warn_about_what_else_is_wrong(string name, string file, string variable)
    {
        using var tmp = new TempDirectory();
        var environment = Environment(variable);
        WriteBreakage(tmp, file);
        var db = tmp.File("journal.db");

        var kill = await Run(tmp, ["risk", "kill", "--reason", "orders are flowing", "--db", db], environment);
        var halt = await Run(tmp, ["risk", "halt", "--market", "KRX", "--reason", "outage", "--db", db], environment);
        var resume = await Run(tmp, ["risk", "resume", "--reason", "fixed", "--db", db], environment);

        foreach (var run in new[] { kill, halt, resume })
        {
            run.ExitCode.ShouldBe(0, $"{name}: {run.Stderr}");
            run.Stderr.ShouldContain("warning: configuration: ", customMessage: name);
            run.Stderr.ShouldNotContain("error:", customMessage: name);
            run.Stderr.ShouldNotContain("Exception", customMessage: name);
        }
        kill.Stdout.ShouldContain("account: ACTIVE → HALTED KILLED");
        halt.Stdout.ShouldContain("KRX: ACTIVE → HALTED");
        resume.Stdout.ShouldContain("account: HALTED → ACTIVE");
        var status = await CliRunner.RunAsync(["risk", "status", "--json", "--db", db]);
        using var doc = JsonDocument.Parse(status.Stdout);
        doc.RootElement.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("scope").GetString() == "KRX")
            .GetProperty("state").GetString().ShouldBe("HALTED");
    }

    [Fact]
    public async Task Without_db_and_with_an_unreadable_config_file_the_kill_goes_to_the_default_journal_and_says_so()
    {
        using var tmp = new TempDirectory();
        tmp.Write("ouroboros.json", "{ not json");

        var kill = await Run(tmp, ["risk", "kill", "--reason", "stop"], []);

        kill.ExitCode.ShouldBe(0, kill.Stderr);
        kill.Stderr.ShouldContain("is not valid JSON");
        kill.Stderr.ShouldContain("going ahead in the journal .ouroboros/ouroboros.db, the default; if your configuration names another one, run this again with --db FILE");
        File.Exists(tmp.File(".ouroboros/ouroboros.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task Other_commands_still_refuse_a_broken_env_file_naming_the_line_but_not_its_text()
    {
        using var tmp = new TempDirectory();
        var env = tmp.Write("secrets.env", "# keys\nOPENAI_API_KEY sk-secret-value\n\nOUROBOROS_BACKTEST__CASH=5\nexport OK=1\nalso wrong\n");

        var run = await Run(tmp, ["runs", "list", "--env-file", env, "--db", tmp.File("j.db")], []);

        BadInputSweepTests.AssertBadInput(run.ExitCode, run.Stdout, run.Stderr, "runs list --env-file");
        run.Stderr.ShouldContain("lines 2, 6 are not KEY=value");
        run.Stderr.ShouldNotContain("sk-secret-value");
    }

    [Fact]
    public async Task A_malformed_config_file_is_one_error_line_saying_where()
    {
        using var tmp = new TempDirectory();
        var config = tmp.Write("bad.json", "{ \"Backtest\": { \"Cash\": 5, } } }");

        var run = await Run(tmp, ["runs", "list", "--config", config, "--db", tmp.File("j.db")], []);

        BadInputSweepTests.AssertBadInput(run.ExitCode, run.Stdout, run.Stderr, "runs list --config");
        run.Stderr.ShouldContain("is not valid JSON");
        run.Stderr.ShouldContain("LineNumber");
    }

    private static Dictionary<string, string> Environment(string variable)
    {
        if (variable.Length == 0) return [];
        var eq = variable.IndexOf('=', StringComparison.Ordinal);
        return new Dictionary<string, string> { [variable[..eq]] = variable[(eq + 1)..] };
    }

    private static void WriteBreakage(TempDirectory tmp, string file)
    {
        if (file.Length == 0) return;
        if (file.StartsWith(".env:", StringComparison.Ordinal)) tmp.Write(".env", file[".env:".Length..]);
        else tmp.Write("ouroboros.json", file);
    }

    private static Task<CliResult> Run(TempDirectory tmp, string[] args, Dictionary<string, string> environment) =>
        CliRunner.RunAsync(args, environment, tmp.Path);
}
