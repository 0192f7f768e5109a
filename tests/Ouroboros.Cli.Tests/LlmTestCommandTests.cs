using System.Text.Json;
using Ouroboros.Fakes;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>
/// `ouroboros llm test` as a real process against the loopback fake of the three providers: the keys come from the
/// environment, as in production, so the child process gets them as variables.
/// </summary>
public sealed class LlmTestCommandTests
{
    private const string Key = "test-key";

    private static Dictionary<string, string> Environment(FakeLlmServer fake) => new()
    {
        ["OPENAI_API_KEY"] = Key,
        ["OPENAI_BASE_URL"] = fake.OpenAiBaseUrl,
        ["OPENAI_MODEL"] = "",
        ["GEMINI_API_KEY"] = Key,
        ["GEMINI_BASE_URL"] = fake.GeminiBaseUrl,
        ["ANTHROPIC_API_KEY"] = Key,
        ["ANTHROPIC_BASE_URL"] = fake.AnthropicBaseUrl,
    };

    // Different usage per vendor, so each line can be matched to the answer its provider got.
    private static FakeLlmReply Answer(FakeLlmRequest request) => request.Format switch
    {
        FakeLlmFormat.OpenAi => FakeLlmReply.Success("{\"ok\":true}", 11, 3),
        FakeLlmFormat.Gemini => FakeLlmReply.Success("{\"ok\":true}", 13, 4),
        _ => FakeLlmReply.Success("{\"ok\":true}", 17, 5),
    };

    [Fact]
    public async Task Every_configured_provider_answers_on_its_own_and_the_calls_are_logged()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        fake.DefaultResponder = Answer;
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        var run = await CliRunner.RunAsync(["llm", "test", "--db", db], Environment(fake), tmp.Path);

        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        (run.Stdout + run.Stderr).ShouldNotContain(Key);
        var lines = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Line(lines, "openai").ShouldMatch(@"^\s*openai\s+openai\s+gpt-5\.1\s+ok\s+\d+\s+11\s+3\s+0\.0000\d+$");
        Line(lines, "gemini").ShouldMatch(@"^\s*gemini\s+gemini\s+gemini-2\.5-flash\s+ok\s+\d+\s+13\s+4\s+0\.0000\d+$");
        Line(lines, "anthropic").ShouldMatch(@"^\s*anthropic\s+anthropic\s+claude-sonnet-5\s+ok\s+\d+\s+17\s+5\s+0\.0001\d+$");
        run.Stdout.ShouldContain("All 3 profile(s) answered.");
        fake.Requests.Count.ShouldBe(3);
        fake.Requests.ShouldAllBe(r => r.SchemaRequested && r.UserText!.Contains("{\"ok\":true}"));

        var log = await SqliteLlmCallLog.OpenAsync(new SqliteStoreOptions { Path = db }, TimeProvider.System);
        var calls = await log.ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);
        calls.Select(c => (c.Task, c.Provider, c.Outcome, c.TokensIn, c.TokensOut)).OrderBy(c => c.Provider, StringComparer.Ordinal).ShouldBe(
        [
            ("llm-test", "anthropic", "ok", (int?)17, (int?)5),
            ("llm-test", "gemini", "ok", 13, 4),
            ("llm-test", "openai", "ok", 11, 3),
        ]);
        calls.ShouldAllBe(c => c.Cost > 0m);
    }

    [Fact]
    public async Task A_provider_answering_500_is_shown_as_a_server_error_and_the_exit_code_is_1()
    {
        await using var fake = await FakeLlmServer.StartAsync();
        fake.DefaultResponder = r => r.Format == FakeLlmFormat.Anthropic ? FakeLlmReply.ServerError(500) : Answer(r);
        using var tmp = new TempDirectory();
        var db = tmp.File("journal.db");

        var run = await CliRunner.RunAsync(["llm", "test", "--json", "--db", db], Environment(fake), tmp.Path);

        run.ExitCode.ShouldBe(1, run.Stdout + run.Stderr);
        (run.Stdout + run.Stderr).ShouldNotContain(Key);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("ok").GetBoolean().ShouldBeFalse();
        var profiles = json.RootElement.GetProperty("profiles").EnumerateArray().ToDictionary(p => p.GetProperty("profile").GetString()!);
        profiles["openai"].GetProperty("outcome").GetString().ShouldBe("ok");
        profiles["openai"].GetProperty("tokens_in").GetInt32().ShouldBe(11);
        profiles["gemini"].GetProperty("tokens_out").GetInt32().ShouldBe(4);
        var failed = profiles["anthropic"];
        failed.GetProperty("outcome").GetString().ShouldBe("server-error");
        failed.GetProperty("message").GetString()!.ShouldContain("500");
        failed.GetProperty("tokens_in").ValueKind.ShouldBe(JsonValueKind.Null);
        // Tested directly, not through the router: one request each, no retry and no fallback to another provider.
        fake.Requests.Count.ShouldBe(3);

        var usage = await CliRunner.RunAsync(["llm", "usage", "--json", "--db", db], Environment(fake), tmp.Path);
        usage.ExitCode.ShouldBe(0, usage.Stderr);
        using var summary = JsonDocument.Parse(usage.Stdout);
        var totals = summary.RootElement.GetProperty("totals");
        totals.GetProperty("calls").GetInt32().ShouldBe(3);
        totals.GetProperty("ok").GetInt32().ShouldBe(2);
        totals.GetProperty("failures").GetProperty("server-error").GetInt32().ShouldBe(1);
        summary.RootElement.GetProperty("rows").EnumerateArray().ShouldAllBe(r => r.GetProperty("task").GetString() == "llm-test");
    }

    [Fact]
    public async Task Without_a_provider_it_says_how_to_configure_one_and_exits_0()
    {
        using var tmp = new TempDirectory();
        var none = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = "", ["OPENAI_BASE_URL"] = "", ["GEMINI_API_KEY"] = "", ["ANTHROPIC_API_KEY"] = "",
        };

        var run = await CliRunner.RunAsync(["llm", "test", "--db", tmp.File("j.db")], none, tmp.Path);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("No model provider is configured");
        run.Stdout.ShouldContain("OPENAI_API_KEY");
        run.Stdout.ShouldContain("GEMINI_API_KEY");
        run.Stdout.ShouldContain("ANTHROPIC_API_KEY");
    }

    private static string Line(List<string> lines, string profile) =>
        lines.Single(l => l.TrimStart().StartsWith(profile + " ", StringComparison.Ordinal));
}
