namespace Ouroboros.Cli.Tests.Agent;

/// <summary>Secrets in the environment never reach the agent's logs, its journaled notifications or its output.</summary>
public sealed class AgentSecretsTests
{
    private static readonly string[] Secrets = ["sk-test-abcdef123456", "kis-app-secret-0987654321", "kis-app-key-1122334455", "123456:telegram-bot-token-xyz", "12345678-01", "1234567801"];

    [Fact]
    public async Task No_secret_value_appears_in_the_log_files_the_notifications_or_the_output_of_a_debug_logged_run()
    {
        // 70 days: from the 50th the planner has enough bars to ask the model (and debug lines appear).
        using var replay = new SmallReplay(rows: 70);
        var environment = new Dictionary<string, string>
        {
            ["OPENAI_API_KEY"] = Secrets[0],
            // The planner may ask the model: it must fail at once (nothing listens there) and fall back to the rules.
            ["OPENAI_BASE_URL"] = "http://127.0.0.1:9/v1",
            ["OUROBOROS_LLM__MAXATTEMPTS"] = "1",
            ["OUROBOROS_LLM__TIMEOUTSECONDS"] = "5",
            ["KIS_APPSECRET"] = Secrets[1],
            ["KIS_APP_KEY"] = Secrets[2],
            ["TELEGRAM_BOT_TOKEN"] = Secrets[3],
            ["KIS_ACCOUNT_NO"] = Secrets[4],
            ["OUROBOROS_LOGGING__LEVEL"] = "debug",
        };

        var result = await AgentCli.RunAsync(replay.Run(), environment);

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("70 playbooks");
        result.Stdout.ShouldNotContain(" 0 LLM calls");
        var logs = Directory.GetFiles(replay.LogDirectory, "*", SearchOption.AllDirectories);
        logs.ShouldNotBeEmpty();
        var logText = string.Concat(logs.Select(File.ReadAllText));
        logText.ShouldContain("DBG");
        var notifications = string.Join('\n', await JournalProbe.NotificationsAsync(replay.Journal));
        notifications.ShouldNotBeEmpty();
        foreach (var (name, text) in new[] { ("the log files", logText), ("the notifications", notifications), ("stdout", result.Stdout), ("stderr", result.Stderr) })
        {
            foreach (var secret in Secrets) text.ShouldNotContain(secret, Case.Sensitive, $"{name} show a secret");
            text.ShouldNotContain("12345678", Case.Sensitive, $"{name} show the account number");
        }
    }
}
