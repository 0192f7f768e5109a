using Ouroboros.Bots.Telegram;
using Ouroboros.Core.Notifications;

namespace Ouroboros.Bots.Tests.Telegram;

public sealed class TelegramAlertTests
{
    [Fact]
    public async Task A_429_storm_delays_alerts_without_losing_one_and_keeps_their_order()
    {
        await using var h = await TelegramHarness.StartAsync(commands: false);
        h.Fake.RateLimitNextSends(6, 5);
        var start = h.Clock.GetUtcNow();
        for (var i = 1; i <= 12; i++)
            await h.Channel.Notifier.NotifyAsync(new Notification(start, NotificationKind.TradeExecuted, NotificationSeverity.Info, $"fill {i}"), CancellationToken.None);

        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 12)).ShouldBeTrue($"sent {h.Fake.Sent.Count} of 12");

        h.Fake.Sent.Select(s => s.Text.Split('\n')[1]).ShouldBe([.. Enumerable.Range(1, 12).Select(i => $"fill {i}")]);
        h.Fake.RateLimitedAnswers.ShouldBe(6);
        h.Channel.Outbox.Counters.ShouldBe(new TelegramCounters(12, 12, 0, 6, 0));
        // Six answers of "retry after 5" cost at least 30 s before the first alert got through.
        (h.Fake.Sent[0].At - start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_burst_is_paced_at_one_message_per_second_per_chat_so_Telegram_never_refuses_one()
    {
        await using var h = await TelegramHarness.StartAsync(o => o with { ChatIds = [TelegramHarness.Operator, 777] }, commands: false);
        for (var i = 0; i < 5; i++)
            await h.Channel.Notifier.NotifyAsync(new Notification(h.Clock.GetUtcNow(), NotificationKind.Alert, NotificationSeverity.Warning, $"burst {i}"), CancellationToken.None);

        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 10)).ShouldBeTrue();

        h.Fake.RateLimitedAnswers.ShouldBe(0);
        foreach (var chat in h.Fake.Sent.GroupBy(s => s.ChatId))
        {
            var times = chat.Select(s => s.At).ToList();
            for (var i = 1; i < times.Count; i++) (times[i] - times[i - 1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task Every_reserved_markdown_character_is_escaped_so_the_fake_accepts_every_message()
    {
        await using var h = await TelegramHarness.StartAsync(commands: false);
        string[] nasty = ["_*[]()~`>#+-=|{}.!\\", "P&L -3.5% (stop) [KRX:005930] *hot* _x_ a|b {c} 1+1=2 #1 ~z~ `code` > 0!", "한국어 \\*not bold\\*", "ends with \\"];
        foreach (var text in nasty)
            await h.Channel.Notifier.NotifyAsync(new Notification(h.Clock.GetUtcNow(), NotificationKind.OrderDenied, NotificationSeverity.Warning, text, "KRX", "KRX:005930.[x]"), CancellationToken.None);

        (await h.AdvanceUntilAsync(() => h.Channel.Outbox.Counters.Pending == 0 && h.Fake.Sent.Count + h.Fake.BadRequests >= nasty.Length)).ShouldBeTrue();

        h.Fake.BadRequests.ShouldBe(0);
        h.Fake.Sent.Count.ShouldBe(nasty.Length);
        h.Fake.Sent.ShouldAllBe(s => s.ParseMode == "MarkdownV2");
        h.Channel.Outbox.Counters.Failed.ShouldBe(0);
    }

    [Fact]
    public async Task A_message_Telegram_refuses_is_logged_counted_and_does_not_hold_up_the_next()
    {
        await using var h = await TelegramHarness.StartAsync(commands: false);
        h.Channel.Outbox.Enqueue(new OutgoingMessage(TelegramHarness.Operator, "unescaped . dot"));
        h.Channel.Outbox.Enqueue(new OutgoingMessage(TelegramHarness.Operator, "fine"));

        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 1 && h.Channel.Outbox.Counters.Pending == 0)).ShouldBeTrue();

        h.Fake.Sent.Single().Text.ShouldBe("fine");
        h.Channel.Outbox.Counters.Failed.ShouldBe(1);
        h.Logs.Lines.ShouldContain(l => l.Contains("can't parse entities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alerts_below_the_minimum_severity_or_of_other_kinds_are_not_sent_and_quiet_hours_send_silently()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        await using var h = await TelegramHarness.StartAsync(o => o with
        {
            Alerts = new AlertRules(NotificationSeverity.Warning, new HashSet<NotificationKind> { NotificationKind.Halt, NotificationKind.OrderDenied }, QuietHours.Parse("22:00-07:00"), seoul),
        }, commands: false);
        var night = new DateTimeOffset(2025, 3, 3, 23, 30, 0, TimeSpan.FromHours(9));
        var day = night.AddHours(12);
        await h.Channel.Notifier.NotifyAsync(new Notification(day, NotificationKind.OrderDenied, NotificationSeverity.Info, "too mild"), CancellationToken.None);
        await h.Channel.Notifier.NotifyAsync(new Notification(day, NotificationKind.FeedStale, NotificationSeverity.Warning, "other kind"), CancellationToken.None);
        await h.Channel.Notifier.NotifyAsync(new Notification(night, NotificationKind.OrderDenied, NotificationSeverity.Warning, "at night"), CancellationToken.None);
        await h.Channel.Notifier.NotifyAsync(new Notification(night, NotificationKind.Halt, NotificationSeverity.Critical, "critical at night"), CancellationToken.None);
        await h.Channel.Notifier.NotifyAsync(new Notification(day, NotificationKind.OrderDenied, NotificationSeverity.Warning, "by day"), CancellationToken.None);

        (await h.AdvanceUntilAsync(() => h.Fake.Sent.Count == 3)).ShouldBeTrue();

        h.Fake.Sent.Select(s => (s.Text.Split('\n')[1], s.Silent)).ShouldBe([("at night", true), ("critical at night", false), ("by day", false)]);
    }
}
