using Microsoft.Extensions.Logging;
using Ouroboros.Core.Notifications;
using Ouroboros.Live.Notifications;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Notifications;

public sealed class NotificationDispatcherTests
{
    // Real time, long enough that a throwing notifier scheduled late on a loaded machine still throws before it is cut
    // off (at 50 ms CI saw it time out instead); only the one hanging call waits this long.
    private static readonly NotificationDispatcherOptions Fast = new() { NotifierTimeout = TimeSpan.FromSeconds(1) };
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_notifier_receives_every_notification_in_publishing_order()
    {
        var first = new RecordingNotifier("first");
        var second = new RecordingNotifier("second");
        var sent = Enumerable.Range(1, 200).Select(i => Note(i)).ToList();

        await using (var dispatcher = Dispatcher([first, second]))
        {
            foreach (var n in sent) dispatcher.Publish(n);
            (await dispatcher.FlushAsync(Patience)).ShouldBeTrue();
            dispatcher.Counters.ShouldBe(new NotificationCounters(200, 400, 0, 0));
            dispatcher.CountersByNotifier["first"].ShouldBe(new NotificationCounters(200, 200, 0, 0));
        }

        first.Received.ShouldBe(sent);
        second.Received.ShouldBe(sent);
    }

    [Fact]
    public async Task A_throwing_and_a_hanging_notifier_delay_neither_the_others_nor_the_publisher()
    {
        var throwing = new FailingNotifier("throwing", hang: false);
        var hanging = new FailingNotifier("hanging", hang: true);
        var healthy = new RecordingNotifier("healthy");
        var logger = new RecordingLogger<NotificationDispatcher>();
        var sent = Enumerable.Range(1, 5).Select(i => Note(i)).ToList();

        await using var dispatcher = Dispatcher([throwing, hanging, healthy], logger, Fast);
        foreach (var n in sent) dispatcher.Publish(n);
        (await healthy.FirstArrived.WaitAsync(Patience).ContinueWith(_ => dispatcher.FlushAsync(Patience)).Unwrap()).ShouldBeTrue();

        healthy.Received.ShouldBe(sent);
        dispatcher.CountersByNotifier["healthy"].ShouldBe(new NotificationCounters(5, 5, 0, 0));
        dispatcher.CountersByNotifier["throwing"].ShouldBe(new NotificationCounters(5, 0, 5, 0));
        dispatcher.CountersByNotifier["hanging"].ShouldBe(new NotificationCounters(5, 0, 5, 0));
        // The hanging call runs on the thread pool and may start after its timeout on a loaded machine.
        SpinWait.SpinUntil(() => hanging.Calls > 0, Patience).ShouldBeTrue();
        hanging.Calls.ShouldBe(1, "a call stuck past its timeout is not joined by more");
        logger.Lines.ShouldContain(l => l.Text.Contains("throwing failed", StringComparison.Ordinal) && l.Text.Contains(nameof(HttpRequestException), StringComparison.Ordinal));
        logger.Lines.ShouldContain(l => l.Text.Contains("hanging did not finish", StringComparison.Ordinal));
        logger.Lines.ShouldAllBe(l => l.Exception == null && !l.Text.Contains(FailingNotifier.SecretInMessage, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_queue_drops_the_oldest_info_first_and_counts_the_drops()
    {
        var slow = new RecordingNotifier("slow");
        await using var dispatcher = Dispatcher([slow], options: new NotificationDispatcherOptions { Capacity = 3 });
        slow.Hold();
        var busy = Note(0);
        dispatcher.Publish(busy);
        await slow.FirstArrived.WaitAsync(Patience);

        var info1 = Note(1);
        var warning = Note(2, NotificationSeverity.Warning);
        var info3 = Note(3);
        var critical = Note(4, NotificationSeverity.Critical);
        var info5 = Note(5);
        foreach (var n in new[] { info1, warning, info3, critical, info5 }) dispatcher.Publish(n);
        slow.Release();
        (await dispatcher.FlushAsync(Patience)).ShouldBeTrue();

        slow.Received.ShouldBe([busy, warning, critical, info5]);
        dispatcher.Counters.ShouldBe(new NotificationCounters(6, 4, 0, 2));
    }

    [Fact]
    public async Task A_queue_full_of_more_severe_notifications_drops_the_new_info_one()
    {
        var slow = new RecordingNotifier("slow");
        await using var dispatcher = Dispatcher([slow], options: new NotificationDispatcherOptions { Capacity = 2 });
        slow.Hold();
        dispatcher.Publish(Note(0));
        await slow.FirstArrived.WaitAsync(Patience);

        dispatcher.Publish(Note(1, NotificationSeverity.Critical));
        dispatcher.Publish(Note(2, NotificationSeverity.Warning));
        dispatcher.Publish(Note(3));
        slow.Release();
        (await dispatcher.FlushAsync(Patience)).ShouldBeTrue();

        slow.Received.Select(n => n.Message).ShouldBe(["note 0", "note 1", "note 2"]);
        dispatcher.Counters.Dropped.ShouldBe(1);
    }

    [Fact]
    public async Task Flushing_at_shutdown_delivers_everything_queued_and_publishing_afterwards_only_counts_a_drop()
    {
        var notifier = new RecordingNotifier();
        var sent = Enumerable.Range(1, 1000).Select(i => Note(i)).ToList();
        var dispatcher = Dispatcher([notifier]);

        foreach (var n in sent) dispatcher.Publish(n);
        (await dispatcher.FlushAsync(Patience)).ShouldBeTrue();
        await dispatcher.DisposeAsync();
        dispatcher.Publish(Note(1001));

        notifier.Received.ShouldBe(sent);
        dispatcher.Counters.ShouldBe(new NotificationCounters(1000, 1000, 0, 1));
        await dispatcher.DisposeAsync();
    }

    [Fact]
    public async Task A_flush_that_cannot_finish_in_time_says_so()
    {
        var slow = new RecordingNotifier();
        await using var dispatcher = Dispatcher([slow], options: new NotificationDispatcherOptions { NotifierTimeout = Patience });
        slow.Hold();
        dispatcher.Publish(Note(1));
        await slow.FirstArrived.WaitAsync(Patience);

        (await dispatcher.FlushAsync(TimeSpan.FromMilliseconds(20))).ShouldBeFalse();
        slow.Release();
        (await dispatcher.FlushAsync(Patience)).ShouldBeTrue();
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Dispatcher([], options: new NotificationDispatcherOptions { Capacity = 0 }));
        Should.Throw<ArgumentOutOfRangeException>(() => Dispatcher([], options: new NotificationDispatcherOptions { NotifierTimeout = TimeSpan.Zero }));
    }

    private static NotificationDispatcher Dispatcher(INotifier[] notifiers, ILogger<NotificationDispatcher>? logger = null,
        NotificationDispatcherOptions? options = null) =>
        new(notifiers, logger ?? new RecordingLogger<NotificationDispatcher>(), TimeProvider.System, options);

    private static Notification Note(int i, NotificationSeverity severity = NotificationSeverity.Info) =>
        new(FakeClock.DefaultStart.AddSeconds(i), NotificationKind.Alert, severity, "note " + i, Market: "krx");
}
