using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.TestKit.Storage;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class TelegramCommandTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Commands_answer_from_a_real_sqlite_journal()
    {
        await using var h = await TelegramHarness.StartAsync();
        var agents = await h.Services.GetRequiredService<IJournal>().AgentsAsync(CancellationToken.None);
        var t0 = SampleAgents.T0;
        await agents.SaveSessionAsync(SampleAgents.Session("s-1", "paper:main", t0), CancellationToken.None);
        var session = agents.OpenSession("s-1");
        await session.CheckpointAsync(new AgentCheckpoint(1, t0, 10_000_000m, 10_000_000m, "{}", t0), CancellationToken.None);
        await session.AppendFillAsync(SampleAgents.Fill("f-1", "s-1-1", 10m, 71_500m, 107.25m, t0.AddDays(1)), CancellationToken.None);
        await session.CheckpointAsync(new AgentCheckpoint(2, t0.AddDays(1), 10_050_000m, 9_284_892.75m, """{"KRX:005930":10}""", t0.AddDays(1)), CancellationToken.None);
        await session.AppendNotificationAsync(new Notification(t0, NotificationKind.PlaybookGenerated, NotificationSeverity.Info, "KRX playbook: 3 scenarios", "KRX"), CancellationToken.None);

        string[] commands = ["/balance", "/positions", "/trades", "/profit", "/playbook", "/report", "/nonsense"];
        foreach (var c in commands) h.Fake.PushMessage(TelegramHarness.Operator, c);
        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == commands.Length)).ShouldBeTrue($"got {h.Fake.Sent.Count} replies");

        var replies = h.Fake.Sent.Select(s => s.Text).ToList();
        h.Logs.Lines.Where(l => l.Contains("failed", StringComparison.Ordinal)).ShouldBeEmpty();
        replies[0].ShouldContain("cash 9,284,892\\.75, equity 10,050,000");
        replies[1].ShouldContain("KRX:005930: 10");
        replies[2].ShouldContain("Buy 10 KRX:005930 @ 71500");
        replies[3].ShouldContain("50,000 \\(0\\.50%\\)");
        replies[4].ShouldContain("KRX playbook: 3 scenarios");
        replies[5].ShouldContain("s\\-1");
        replies[6].ShouldContain("Unknown command /nonsense");
        h.Fake.BadRequests.ShouldBe(0);
    }

    [Fact]
    public async Task Commands_on_an_empty_journal_say_there_is_no_session_rather_than_showing_zeros()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.PushMessage(TelegramHarness.Operator, "/balance");
        (await h.Fake.WaitForAsync(f => f.Sent.Count == 1, Wait)).ShouldBeTrue();
        h.Fake.Sent.Single().Text.ShouldContain("No agent session");
        h.Fake.Sent.Single().Text.ShouldNotContain("0");
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/", "http://127\\.0\\.0\\.1:8080/")]
    [InlineData(null, "No dashboard is served by this process")]
    public async Task Dashboard_answers_the_address_the_process_serves_without_its_token_or_says_there_is_none(string? url, string expected)
    {
        await using var h = await TelegramHarness.StartAsync(o => o with { DashboardUrl = url });
        h.Fake.PushMessage(TelegramHarness.Operator, "/dashboard");
        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 1)).ShouldBeTrue();
        h.Fake.Sent.Single().Text.ShouldContain(expected);
        h.Fake.Sent.Single().Text.ShouldNotContain("token");
    }

    [Fact]
    public async Task Status_lists_the_trading_state_and_help_lists_every_command()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.PushMessage(TelegramHarness.Operator, "/status@ouroboros_bot");
        h.Fake.PushMessage(TelegramHarness.Operator, "/help");
        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 2)).ShouldBeTrue();
        h.Fake.Sent[0].Text.ShouldContain("account: Active");
        foreach (var c in new[] { "status", "positions", "balance", "profit", "daily", "trades", "report", "scenarios", "playbook", "review", "performance", "llm", "dashboard", "halt", "resume", "stop", "kill" })
            h.Fake.Sent[1].Text.ShouldContain("/" + c);
    }
}
