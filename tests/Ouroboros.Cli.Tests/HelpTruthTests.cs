using System.Globalization;
using System.Text.RegularExpressions;
using Ouroboros.Hosting.Configuration;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>--help says what the CLI does: every documented default is the one a run really uses, and it lists only options a command reads.</summary>
public sealed partial class HelpTruthTests
{
    private static readonly string[] AllCommands =
    [
        "backtest", "indicators", "runs list", "runs show", "strategies", "data check", "risk status", "risk halt", "risk resume", "risk kill",
        "risk history", "markets", "llm parse-decision", "llm usage", "llm test", "plan", "run", "status", "serve",
    ];

    /// <summary>Commands that read neither configuration nor the journal.</summary>
    private static readonly string[] Standalone = ["strategies", "data check", "markets", "llm parse-decision"];

    [Fact]
    public async Task Every_documented_setting_default_is_the_value_a_run_without_configuration_uses()
    {
        var real = RealDefaults();
        var documented = 0;
        foreach (var command in AllCommands)
        {
            var help = await Help(command);
            foreach (Match m in DocumentedDefault().Matches(help))
            {
                documented++;
                var key = m.Groups["key"].Value;
                real.ShouldContainKey(key, $"`{command} --help` documents a default for {key}, which this test does not know how to check");
                m.Groups["value"].Value.ShouldBe(real[key], $"`{command} --help`: {m.Value}");
            }
        }
        documented.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public async Task Backtest_help_names_the_real_sizing_default()
    {
        var help = await Help("backtest");

        help.ShouldContain($"default Backtest:Sizing, {OuroborosOptions.Defaults.Sizing}");
        help.ShouldNotContain("all-in (default)");
    }

    [Fact]
    public async Task Commands_list_the_configuration_and_journal_options_only_when_they_read_them()
    {
        foreach (var command in AllCommands)
        {
            var help = await Help(command);
            var standalone = Standalone.Contains(command);
            help.Contains("--config", StringComparison.Ordinal).ShouldBe(!standalone, command);
            help.Contains("--env-file", StringComparison.Ordinal).ShouldBe(!standalone, command);
            help.Contains("--db ", StringComparison.Ordinal).ShouldBe(!standalone && command != "indicators", command);
        }
        var (code, _, stderr) = await InProcess.RunAsync("markets", "--db", "x.db");
        code.ShouldBe(2);
        stderr.ShouldContain("'--db'");
    }

    [Fact]
    public async Task Strategies_lists_playbook_and_llm_beside_the_built_in_ones()
    {
        var (code, stdout, stderr) = await InProcess.RunAsync("strategies");

        code.ShouldBe(0, stderr);
        var names = stdout.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        names.ShouldContain("playbook");
        names.ShouldContain("llm");
        names.ShouldContain("sma-cross");
    }

    [Fact]
    public async Task The_llm_strategy_without_a_key_says_it_falls_back_to_the_rules_engine()
    {
        using var tmp = new TempDirectory();
        var noKeys = new Dictionary<string, string> { ["OPENAI_API_KEY"] = "", ["OPENAI_BASE_URL"] = "", ["GEMINI_API_KEY"] = "", ["ANTHROPIC_API_KEY"] = "" };

        var run = await CliRunner.RunAsync(["backtest", "--strategy", "llm", "--data", RepoPaths.Data("us", "yahoo-SPY-daily.csv"), "--from", "2022-01-01",
            "--to", "2022-01-31", "--no-save", "--db", tmp.File("j.db")], noKeys);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldContain("warning: no language model is configured, so the llm strategy falls back to the rules engine for every decision");
    }

    private static async Task<string> Help(string command)
    {
        var (code, stdout, stderr) = await InProcess.RunAsync([.. command.Split(' '), "--help"]);
        code.ShouldBe(0, stderr);
        return stdout;
    }

    /// <summary>What a run loads with no file and no variable: the values --help must name.</summary>
    private static Dictionary<string, string> RealDefaults()
    {
        using var empty = new TempDirectory();
        var o = OuroborosConfiguration.Load(empty.Path, environment: new Dictionary<string, string?>());
        var real = new Dictionary<string, string>
        {
            ["Storage:Path"] = o.StoragePath,
            ["Backtest:Cash"] = o.BacktestCash.ToString(CultureInfo.InvariantCulture),
            ["Backtest:CommissionPct"] = o.CommissionPct.ToString(CultureInfo.InvariantCulture),
            ["Backtest:Fill"] = o.Fill,
            ["Backtest:Sizing"] = o.Sizing,
            ["Backtest:Venue"] = o.Venue,
            ["Llm:Cache"] = o.Llm.Cache.ToString().ToLowerInvariant(),
            ["Web:Host"] = o.Web.Host,
            ["Web:Port"] = o.Web.Port.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var key in o.Agent.Keys) real[key] = o.AgentSetting(key);
        return real;
    }

    [GeneratedRegex(@"default\s+(?<key>[A-Z][A-Za-z]+:[A-Za-z]+),\s+(?<value>[^\s);,]+)", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentedDefault();
}
