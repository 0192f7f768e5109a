using Ouroboros.Cli.Tests.Agent;
using Ouroboros.Fakes;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests;

/// <summary>Ctrl-C is not an error: exit code 130, "stopped", and the output says what was kept.</summary>
public sealed class InterruptedBacktestTests
{
    [Fact]
    public async Task Ctrl_c_during_a_backtest_exits_130_saying_stopped_and_stores_nothing()
    {
        // The model never answers, so the backtest is certainly mid-run when the interrupt comes: no timing guess.
        await using var fake = await FakeLlmServer.StartAsync();
        fake.DefaultResponder = _ => FakeLlmReply.Hang(FakeLlmReply.MaxHang);
        using var tmp = new TempDirectory();
        var db = tmp.File("j.db");
        var environment = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = "secret-test-key", ["OPENAI_BASE_URL"] = fake.OpenAiBaseUrl, ["OPENAI_MODEL"] = "fake-model",
            ["GEMINI_API_KEY"] = "", ["ANTHROPIC_API_KEY"] = "",
        };

        using var backtest = BackgroundAgent.Start(["backtest", "--strategy", "llm", "--data", RepoPaths.Data("us", "yahoo-SPY-daily.csv"),
            "--from", "2022-01-01", "--to", "2022-03-31", "--db", db], environment);
        await Eventually.HoldsAsync(() => Task.FromResult(fake.Requests.Count), n => n > 0, TimeSpan.FromMinutes(2), "the first model call");
        await backtest.InterruptAsync();

        var code = await backtest.ExitCodeAsync(TimeSpan.FromSeconds(60));
        code.ShouldBe(130, backtest.Stderr);
        backtest.Stderr.ShouldContain("stopped: the backtest was interrupted; the run was not stored in the journal");
        backtest.Stderr.ShouldNotContain("error:");
        backtest.Stderr.ShouldNotContain("Exception");
        var runs = await CliRunner.RunAsync(["runs", "list", "--db", db]);
        runs.Stdout.ShouldContain("No runs stored yet");
    }
}
