using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>The llm strategy with no provider configured: the rules engine decides, repeatably, and it says so.</summary>
public sealed class LlmStrategyWithoutKeysTests
{
    private static readonly Dictionary<string, string> NoKeys = new()
    {
        ["OPENAI_API_KEY"] = "", ["OPENAI_BASE_URL"] = "", ["GEMINI_API_KEY"] = "", ["ANTHROPIC_API_KEY"] = "",
    };

    private static string[] Backtest(string db) =>
        ["backtest", "--strategy", "llm", "--data", RepoPaths.Data("kr", "krx-069500-daily.csv"), "--data", RepoPaths.Data("kr", "krx-091160-daily.csv"),
         "--venue", "krx", "--from", "2023-01-01", "--to", "2023-12-22", "--cash", "10000000", "--db", db, "--json"];

    [Fact]
    public async Task Without_keys_the_rules_engine_decides_trades_and_gives_the_same_result_twice()
    {
        using var tmp = new TempDirectory();

        var first = await CliRunner.RunAsync(Backtest(tmp.File("a.db")), NoKeys);
        var second = await CliRunner.RunAsync(Backtest(tmp.File("b.db")), NoKeys);

        first.ExitCode.ShouldBe(0, first.Stderr);
        var json = JsonDocument.Parse(first.Stdout).RootElement;
        var decisions = json.GetProperty("llm_decisions").GetInt32();
        decisions.ShouldBeGreaterThan(0);
        var bySource = json.GetProperty("llm_decisions_by_source");
        bySource.EnumerateObject().Select(p => p.Name).ShouldBe(["rules"]);
        bySource.GetProperty("rules").GetInt32().ShouldBe(decisions);
        json.GetProperty("llm_decisions_acted").GetInt32().ShouldBeGreaterThan(0);
        json.GetProperty("orders").GetInt32().ShouldBeGreaterThan(0);
        json.GetProperty("llm_decisions_unusable").GetInt32().ShouldBe(0);

        var again = JsonDocument.Parse(second.Stdout).RootElement;
        again.GetProperty("final_equity").GetDecimal().ShouldBe(json.GetProperty("final_equity").GetDecimal());
        again.GetProperty("orders").GetInt32().ShouldBe(json.GetProperty("orders").GetInt32());
    }
}
