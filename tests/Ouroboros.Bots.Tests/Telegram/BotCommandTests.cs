using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Bots.Telegram;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class BotCommandTests
{
    [Theory]
    [InlineData("/halt KRX", "halt", "KRX")]
    [InlineData("/Status@ouroboros_bot", "status", null)]
    [InlineData("  /resume   nyse ", "resume", "nyse")]
    public void A_command_is_its_lower_case_name_and_the_rest_of_the_line(string text, string name, string? argument) =>
        BotCommand.Parse(text).ShouldBe(new BotCommand(name, argument));

    [Theory]
    [InlineData("how did we do this week?")]
    [InlineData("/")]
    [InlineData("")]
    public void Text_that_is_not_a_command_parses_to_nothing(string text) => BotCommand.Parse(text).ShouldBeNull();

    [Fact]
    public void Quiet_hours_wrap_past_midnight()
    {
        var quiet = QuietHours.Parse("22:00-07:00")!;
        quiet.Contains(new TimeOnly(23, 0)).ShouldBeTrue();
        quiet.Contains(new TimeOnly(6, 59)).ShouldBeTrue();
        quiet.Contains(new TimeOnly(7, 0)).ShouldBeFalse();
        quiet.Contains(new TimeOnly(12, 0)).ShouldBeFalse();
    }

    [Fact]
    public void A_pending_confirmation_is_good_once_for_its_own_chat_until_it_expires()
    {
        var clock = new Ouroboros.TestKit.FakeClock();
        var pending = new PendingControls(clock, TimeSpan.FromMinutes(2));
        var halt = new ControlAction(ControlKind.Halt, null);
        var a = pending.Add(1, halt);
        pending.Take(a, 2).ShouldBeNull("another chat's button");
        var b = pending.Add(1, halt);
        pending.Take(b, 1).ShouldBe(halt);
        pending.Take(b, 1).ShouldBeNull("used once");
        var c = pending.Add(1, halt);
        clock.Advance(TimeSpan.FromMinutes(2));
        pending.Take(c, 1).ShouldBeNull("expired");
    }

    [Fact]
    public void Critical_alerts_ring_even_in_quiet_hours_and_filters_apply_first()
    {
        var rules = new AlertRules(NotificationSeverity.Warning, null, QuietHours.Parse("00:00-23:59"), TimeZoneInfo.Utc);
        var at = new DateTimeOffset(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);
        rules.Decide(new Notification(at, NotificationKind.Kill, NotificationSeverity.Critical, "k")).ShouldBe(AlertDelivery.Send);
        rules.Decide(new Notification(at, NotificationKind.FeedStale, NotificationSeverity.Warning, "w")).ShouldBe(AlertDelivery.SendSilently);
        rules.Decide(new Notification(at, NotificationKind.TradeExecuted, NotificationSeverity.Info, "i")).ShouldBe(AlertDelivery.Skip);
    }

    [Fact]
    public void Any_escaped_text_parses_as_markdown_v2_and_reads_back_as_the_original() =>
        Prop.ForAll<string>(text =>
        {
            var escaped = TelegramMarkdown.Escape(text);
            var back = System.Text.RegularExpressions.Regex.Replace(escaped, @"\\(.)", "$1", System.Text.RegularExpressions.RegexOptions.Singleline);
            return Ouroboros.Fakes.Telegram.FakeTelegramMarkdownV2.Problem(escaped) is null && back == (text ?? "");
        }).QuickCheckThrowOnFailure();
}
