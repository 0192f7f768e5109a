using System.Text.Json;
using Ouroboros.Risk.Policy;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>Operator controls through the real CLI process: every command below is a new process, like a restart.</summary>
public sealed class RiskCommandTests
{
    [Fact]
    public async Task A_halted_market_stays_halted_in_a_new_process_until_an_operator_resumes_it()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        var halt = await Cli(["risk", "halt", "--market", "krx", "--reason", "exchange outage", "--db", db]);
        halt.Stdout.ShouldContain("KRX: ACTIVE → HALTED");

        var afterRestart = await Cli(["risk", "status", "--json", "--db", db]);
        var states = States(afterRestart.Stdout);
        states["KRX"].GetProperty("state").GetString().ShouldBe("HALTED");
        states["KRX"].GetProperty("reason").GetString().ShouldBe("exchange outage");
        states["account"].GetProperty("state").GetString().ShouldBe("ACTIVE");

        var resume = await Cli(["risk", "resume", "--market", "KRX", "--reason", "exchange back", "--db", db]);
        resume.Stdout.ShouldContain("KRX: HALTED → ACTIVE");
        States((await Cli(["risk", "status", "--json", "--db", db])).Stdout)["KRX"].GetProperty("state").GetString().ShouldBe("ACTIVE");

        var history = await Cli(["risk", "history", "--scope", "KRX", "--json", "--db", db]);
        using var doc = JsonDocument.Parse(history.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("to").GetString()).ShouldBe(["ACTIVE", "HALTED"]);
        rows.ShouldAllBe(r => r.GetProperty("actor").GetString()!.StartsWith("cli:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_kill_switch_leaves_the_account_halted_and_killed_until_resumed()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        await Cli(["risk", "kill", "--reason", "runaway orders", "--db", db]);

        var status = await Cli(["risk", "status", "--db", db]);
        status.Stdout.ShouldContain("HALTED KILLED");
        status.Stdout.ShouldContain("runaway orders");
        var account = States((await Cli(["risk", "status", "--json", "--db", db])).Stdout)["account"];
        account.GetProperty("killed").GetBoolean().ShouldBeTrue();

        await Cli(["risk", "resume", "--reason", "cause found", "--db", db]);
        account = States((await Cli(["risk", "status", "--json", "--db", db])).Stdout)["account"];
        account.GetProperty("state").GetString().ShouldBe("ACTIVE");
        account.GetProperty("killed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Resuming_an_active_scope_says_so_and_writes_nothing()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        var resume = await Cli(["risk", "resume", "--reason", "just in case", "--db", db]);

        resume.Stdout.ShouldContain("account is already ACTIVE");
        (await Cli(["risk", "history", "--db", db])).Stdout.ShouldContain("No trading state changes recorded");
    }

    [Fact]
    public async Task Status_of_a_fresh_journal_shows_the_account_active_and_every_limit_at_its_hard_value()
    {
        using var tmp = new TempDirectory();

        var status = await Cli(["risk", "status", "--json", "--db", tmp.File("journal.db")]);

        using var doc = JsonDocument.Parse(status.Stdout);
        var state = doc.RootElement.GetProperty("states").EnumerateArray().ShouldHaveSingleItem();
        state.GetProperty("scope").GetString().ShouldBe("account");
        state.GetProperty("state").GetString().ShouldBe("ACTIVE");
        var limits = doc.RootElement.GetProperty("limits").EnumerateArray().ToList();
        limits.Select(l => l.GetProperty("key").GetString()).ShouldBe(RiskPolicy.Limits.Select(l => l.Key));
        foreach (var l in limits)
            l.GetProperty("in_effect").GetDecimal().ShouldBe(l.GetProperty("hard").GetDecimal(), l.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Status_shows_a_tightened_limit_next_to_its_hard_value()
    {
        using var tmp = new TempDirectory();

        var status = await Cli(["risk", "status", "--db", tmp.File("journal.db")], new Dictionary<string, string> { ["OUROBOROS_RISK__FATFINGERPCT"] = "12.5" });

        var line = status.Stdout.Split('\n').Single(l => l.TrimStart().StartsWith("FatFingerPct ", StringComparison.Ordinal));
        line.ShouldContain("30");
        line.ShouldContain("12.5");
        line.ShouldContain("(tightened)");
    }

    [Fact]
    public async Task Looser_risk_settings_stop_status_and_every_one_is_named_with_its_hard_and_configured_value()
    {
        using var tmp = new TempDirectory();

        var run = await CliRunner.RunAsync(["risk", "status", "--db", tmp.File("journal.db")], new Dictionary<string, string>
        {
            ["OUROBOROS_RISK__FATFINGERPCT"] = "40",
            ["MAX_ORDER_PCT"] = "45",
            ["OUROBOROS_RISK__MAXPOSITIONPCT"] = "20",
        });

        run.ExitCode.ShouldBe(2, run.Stderr);
        run.Stderr.ShouldStartWith("error: ");
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("Risk:FatFingerPct = '40'");
        run.Stderr.ShouldContain("MAX_ORDER_PCT");
        run.Stderr.ShouldContain("Risk:FatFingerPct = 45");
        run.Stderr.ShouldContain("hard limit 30");
        run.Stderr.ShouldContain("Risk:MaxPositionPct = '20'");
        run.Stderr.ShouldContain("hard limit 15");
    }

    [Fact]
    public async Task An_unknown_market_is_refused_listing_the_known_ones()
    {
        using var tmp = new TempDirectory();

        var run = await CliRunner.RunAsync(["risk", "halt", "--market", "LSE", "--reason", "x", "--db", tmp.File("journal.db")]);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--market 'LSE' is not a known market");
        foreach (var market in new[] { "KRX", "NYSE", "NASDAQ", "AMEX", "TSE", "HKEX", "SSE", "SZSE", "HNX", "HOSE", "CRYPTO" })
            run.Stderr.ShouldContain(market);
    }

    [Fact]
    public async Task A_halt_needs_a_reason()
    {
        using var tmp = new TempDirectory();

        var run = await CliRunner.RunAsync(["risk", "halt", "--db", tmp.File("journal.db")]);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--reason");
    }

    [Fact]
    public async Task The_kill_switch_still_works_with_a_broken_configuration_when_the_journal_is_named()
    {
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");
        var broken = new Dictionary<string, string> { ["OUROBOROS_RISK__FATFINGERPCT"] = "90" };

        var kill = await Cli(["risk", "kill", "--reason", "config is broken and orders are flowing", "--db", db], broken);
        kill.Stderr.ShouldContain("warning:");

        States((await Cli(["risk", "status", "--json", "--db", db])).Stdout)["account"].GetProperty("killed").GetBoolean().ShouldBeTrue();
        var resume = await CliRunner.RunAsync(["risk", "resume", "--reason", "x", "--db", db], broken);
        resume.ExitCode.ShouldBe(2); // resuming under invalid limits is refused
    }

    [Fact]
    public async Task Every_risk_command_has_help()
    {
        foreach (var command in new[] { "risk", "risk status", "risk halt", "risk resume", "risk kill", "risk history" })
        {
            var (code, stdout, _) = await InProcess.RunAsync([.. command.Split(' '), "--help"]);
            code.ShouldBe(0, command);
            stdout.ShouldContain("Usage:", customMessage: command);
        }
    }

    private static async Task<CliResult> Cli(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var run = await CliRunner.RunAsync(args, environment);
        run.ExitCode.ShouldBe(0, $"{string.Join(' ', args)}\n{run.Stderr}");
        return run;
    }

    private static Dictionary<string, JsonElement> States(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("scope").GetString()!, s => s.Clone(), StringComparer.OrdinalIgnoreCase);
    }
}
