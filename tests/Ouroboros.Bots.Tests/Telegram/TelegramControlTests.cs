using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Operations;
using Ouroboros.Risk.State;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class TelegramControlTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Halt_asks_first_and_the_button_halts_the_market_and_the_journal_says_which_chat()
    {
        await using var h = await TelegramHarness.StartAsync();
        var operations = h.Services.GetRequiredService<TradingStateOperations>();

        h.Fake.PushMessage(TelegramHarness.Operator, "/halt krx");
        (await h.Fake.WaitForAsync(f => f.Sent.Any(s => s.CallbackData.Count > 0), Wait)).ShouldBeTrue();
        var question = h.Fake.Sent.Single(s => s.CallbackData.Count > 0);
        question.Text.ShouldContain("halt KRX");
        (await operations.HistoryAsync(new TradingStateHistoryRequest(null, 10))).Transitions.ShouldBeEmpty("asking changes nothing");

        h.Fake.PushCallback(TelegramHarness.Operator, question.MessageId, question.CallbackData.Single(d => d.StartsWith("ok:", StringComparison.Ordinal)));
        (await h.Fake.WaitForAsync(f => f.Answers.Any(a => a.Method == "editMessageText"), Wait)).ShouldBeTrue();

        var history = await operations.HistoryAsync(new TradingStateHistoryRequest(null, 10));
        var halt = history.Transitions.ShouldHaveSingleItem();
        halt.Scope.ShouldBe("KRX");
        halt.To.ShouldBe(TradingState.Halted);
        halt.Actor.ShouldBe($"telegram:{TelegramHarness.Operator}");
        h.Fake.Answers.Single(a => a.Method == "answerCallbackQuery").Text!.ShouldContain("HALTED");
    }

    [Fact]
    public async Task A_confirmation_pressed_after_it_expired_does_nothing()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.PushMessage(TelegramHarness.Operator, "/kill");
        (await h.Fake.WaitForAsync(f => f.Sent.Any(s => s.CallbackData.Count > 0), Wait)).ShouldBeTrue();
        var question = h.Fake.Sent.Single(s => s.CallbackData.Count > 0);

        h.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        h.Fake.PushCallback(TelegramHarness.Operator, question.MessageId, question.CallbackData[0]);
        (await h.Fake.WaitForAsync(f => f.Answers.Any(a => a.Method == "answerCallbackQuery"), Wait)).ShouldBeTrue();

        h.Fake.Answers.Single(a => a.Method == "answerCallbackQuery").Text!.ShouldContain("expired");
        var status = await h.Services.GetRequiredService<TradingStateOperations>().StatusAsync();
        status.States.ShouldAllBe(s => !s.State.Killed && s.State.State == TradingState.Active);
    }

    [Fact]
    public async Task Cancel_leaves_the_account_trading_and_the_same_button_cannot_be_used_again()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.PushMessage(TelegramHarness.Operator, "/halt");
        (await h.Fake.WaitForAsync(f => f.Sent.Any(s => s.CallbackData.Count > 0), Wait)).ShouldBeTrue();
        var question = h.Fake.Sent.Single(s => s.CallbackData.Count > 0);

        h.Fake.PushCallback(TelegramHarness.Operator, question.MessageId, question.CallbackData.Single(d => d.StartsWith("no:", StringComparison.Ordinal)));
        h.Fake.PushCallback(TelegramHarness.Operator, question.MessageId, question.CallbackData.Single(d => d.StartsWith("ok:", StringComparison.Ordinal)));
        (await h.Fake.WaitForAsync(f => f.Answers.Count(a => a.Method == "answerCallbackQuery") == 2, Wait)).ShouldBeTrue();

        var answers = h.Fake.Answers.Where(a => a.Method == "answerCallbackQuery").Select(a => a.Text).ToList();
        answers[0]!.ShouldContain("Cancelled");
        answers[1]!.ShouldContain("expired or was already used");
        (await h.Services.GetRequiredService<TradingStateOperations>().HistoryAsync(new TradingStateHistoryRequest(null, 10))).Transitions.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_market_is_refused_before_any_button_is_offered()
    {
        await using var h = await TelegramHarness.StartAsync();
        h.Fake.PushMessage(TelegramHarness.Operator, "/halt MOON");
        (await h.Fake.WaitForAsync(f => f.Sent.Count == 1, Wait)).ShouldBeTrue();
        var reply = h.Fake.Sent.Single();
        reply.CallbackData.ShouldBeEmpty();
        reply.Text.ShouldContain("not a known market");
    }
}
