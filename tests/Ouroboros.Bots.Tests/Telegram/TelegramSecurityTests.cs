using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Operations;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class TelegramSecurityTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_unauthorised_chat_gets_nothing_and_changes_nothing()
    {
        await using var h = await TelegramHarness.StartAsync();
        const long stranger = 555000111;
        h.Fake.PushMessage(stranger, "/status");
        h.Fake.PushMessage(stranger, "/kill");
        h.Fake.PushCallback(stranger, 1, "ok:1");
        // A later update from the operator shows the poller got past the stranger's three.
        h.Fake.PushMessage(TelegramHarness.Operator, "/help");
        (await h.Fake.WaitForAsync(f => f.Sent.Count == 1, Wait)).ShouldBeTrue();

        h.Fake.Sent.ShouldAllBe(s => s.ChatId == TelegramHarness.Operator);
        h.Fake.Answers.ShouldBeEmpty();
        h.Channel.Handler.Ignored.ShouldBe(3);
        (await h.Services.GetRequiredService<TradingStateOperations>().HistoryAsync(new TradingStateHistoryRequest(null, 10))).Transitions.ShouldBeEmpty();
        h.Logs.Lines.Count(l => l.Contains("not in Telegram:ChatIds", StringComparison.Ordinal)).ShouldBe(3);
        h.Logs.Lines.ShouldNotContain(l => l.Contains("/kill", StringComparison.Ordinal), "an ignored message's text is not logged");
    }

    [Fact]
    public async Task An_operator_button_pressed_in_another_chat_does_nothing()
    {
        await using var h = await TelegramHarness.StartAsync(o => o with { ChatIds = [TelegramHarness.Operator, 42] });
        h.Fake.PushMessage(TelegramHarness.Operator, "/halt");
        (await h.Fake.WaitForAsync(f => f.Sent.Any(s => s.CallbackData.Count > 0), Wait)).ShouldBeTrue();
        var question = h.Fake.Sent.Single(s => s.CallbackData.Count > 0);

        h.Fake.PushCallback(42, question.MessageId, question.CallbackData[0]);
        (await h.Fake.WaitForAsync(f => f.Answers.Any(a => a.Method == "answerCallbackQuery"), Wait)).ShouldBeTrue();

        (await h.Services.GetRequiredService<TradingStateOperations>().HistoryAsync(new TradingStateHistoryRequest(null, 10))).Transitions.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_bot_token_appears_in_no_log_line_even_when_calls_fail()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.FailNextPoll(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        h.Fake.RateLimitNextSends(2, 1);
        await h.Channel.Notifier.NotifyAsync(new Notification(h.Clock.GetUtcNow(), NotificationKind.Halt, NotificationSeverity.Critical, "halted"), CancellationToken.None);
        h.Fake.PushMessage(TelegramHarness.Operator, "/status");
        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 2)).ShouldBeTrue();

        // The token went over the wire (it is in the path) but into no log line.
        h.Fake.Paths.ShouldContain(p => p.Contains(TelegramHarness.Token, StringComparison.Ordinal));
        h.Logs.Lines.ShouldContain(l => l.Contains("getUpdates failed", StringComparison.Ordinal));
        h.Logs.Lines.ShouldContain(l => l.Contains("429", StringComparison.Ordinal));
        h.Logs.Lines.ShouldNotContain(l => l.Contains(TelegramHarness.Token, StringComparison.Ordinal) || l.Contains("ABCdefGHIjkl", StringComparison.Ordinal));
        h.Channel.Handler.ToString()!.ShouldNotContain("ABCdefGHIjkl");
    }

    [Fact]
    public void The_token_is_scrubbed_from_any_text_and_never_shown_by_the_options()
    {
        var scrubber = new Ouroboros.Bots.Telegram.TokenScrubber(TelegramHarness.Token);
        scrubber.Scrub($"GET https://api.telegram.org/bot{TelegramHarness.Token}/getUpdates failed").ShouldBe("GET https://api.telegram.org/bot***/getUpdates failed");
        scrubber.Scrub($"/bot{Uri.EscapeDataString(TelegramHarness.Token)}/x").ShouldBe("/bot***/x");
        var options = new Ouroboros.Bots.Telegram.TelegramOptions { BotToken = TelegramHarness.Token, ChatIds = [1] };
        options.ToString().ShouldNotContain("ABCdef");
    }
}
