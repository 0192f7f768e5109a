using System.Text.Json;
using Ouroboros.Fakes;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>
/// A model server that never answers: after the first failed calls its provider is marked down, every later call fails
/// fast, the rules stand in, and the summary counts the failed calls and the fallbacks instead of saying "0 fallbacks".
/// </summary>
public sealed class UnansweredModelTests
{
    private static readonly string Kodex = RepoPaths.Data("kr", "krx-069500-daily.csv");

    private static Dictionary<string, string> Environment(FakeLlmServer fake) => new()
    {
        ["OPENAI_API_KEY"] = "secret-test-key", ["OPENAI_BASE_URL"] = fake.OpenAiBaseUrl, ["OPENAI_MODEL"] = "fake-model",
        ["GEMINI_API_KEY"] = "", ["ANTHROPIC_API_KEY"] = "",
        ["OUROBOROS_LLM__TIMEOUTSECONDS"] = "1",
        // Longer than any run here, so no half-open probe makes the count of calls depend on the machine's speed.
        ["OUROBOROS_LLM__BREAKERCOOLOFFSECONDS"] = "3600",
    };

    private static string[] Backtest(string db, string strategy, params string[] extra) =>
        ["backtest", "--strategy", strategy, "--data", Kodex, "--venue", "krx", "--from", "2023-11-01", "--to", "2023-12-22", "--no-risk", "--db", db, .. extra];

    [Fact]
    public async Task A_model_that_never_answers_costs_three_calls_and_every_failure_and_fallback_is_counted()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        fake.DefaultResponder = _ => FakeLlmReply.Hang(FakeLlmReply.MaxHang);
        using var tmp = new TempDirectory();

        var result = await CliRunner.RunAsync(Backtest(tmp.File("j.db"), "llm", "--json"), Environment(fake));

        result.ExitCode.ShouldBe(0, result.Stderr);
        // Three attempts on the first bar open the circuit; every later bar fails fast without a call. (On a loaded
        // machine an attempt can time out before the fake has even read it, hence at most three.)
        fake.Requests.Count.ShouldBeInRange(1, 3);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        var requests = json.GetProperty("llm_requests").GetInt32();
        requests.ShouldBeGreaterThan(30);
        json.GetProperty("llm_answered").GetInt32().ShouldBe(0);
        json.GetProperty("llm_failed_calls").GetInt32().ShouldBe(3);
        json.GetProperty("llm_skipped_provider_down").GetInt32().ShouldBe(requests - 1);
        json.GetProperty("llm_rules_fallbacks").GetInt32().ShouldBe(requests);
        json.GetProperty("llm_decisions_by_source").GetProperty("rules").GetInt32().ShouldBe(json.GetProperty("llm_decisions").GetInt32());
    }

    [Fact]
    public async Task A_playbook_run_whose_model_fails_every_day_counts_every_day_as_a_fallback_in_the_summary()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        fake.DefaultResponder = _ => FakeLlmReply.ServerError(503);
        using var tmp = new TempDirectory();

        var result = await CliRunner.RunAsync(Backtest(tmp.File("j.db"), "playbook", "--planner", "llm"), Environment(fake));

        result.ExitCode.ShouldBe(0, result.Stderr);
        fake.Requests.Count.ShouldBe(3);
        var playbooks = result.Stdout.Split('\n').Single(l => l.StartsWith("Playbooks (llm planner)", StringComparison.Ordinal));
        var days = int.Parse(playbooks.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        days.ShouldBeGreaterThan(30);
        playbooks.ShouldContain($"; {days} fallbacks;");
        result.Stdout.ShouldContain($"Model calls: {days} requests, 0 answered; 3 failed calls, {days - 1} skipped (provider down); 0 fallbacks to the next profile, {days} to rules");
    }
}
