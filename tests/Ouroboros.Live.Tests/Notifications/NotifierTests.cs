using Microsoft.Extensions.Logging;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Live.Notifications;
using Ouroboros.TestKit;

namespace Ouroboros.Live.Tests.Notifications;

public sealed class NotifierTests
{
    [Fact]
    public async Task The_journal_notifier_keeps_notifications_that_read_back_from_the_session_journal()
    {
        var journal = new NotificationOnlyJournal();
        journal.Release.SetResult();
        var notifier = new JournalNotifier(journal);
        var halt = new Notification(FakeClock.DefaultStart, NotificationKind.Halt, NotificationSeverity.Critical, "circuit breaker at -3.1%", "krx");
        var fill = new Notification(FakeClock.DefaultStart.AddMinutes(1), NotificationKind.TradeExecuted, NotificationSeverity.Info,
            "bought 10 005930 at 71000", "krx", "005930", "o-1");

        await using (var dispatcher = new NotificationDispatcher([notifier], new RecordingLogger<NotificationDispatcher>(), new FakeClock()))
        {
            dispatcher.Publish(halt);
            dispatcher.Publish(fill);
            (await dispatcher.FlushAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
        }

        notifier.Name.ShouldBe("journal");
        (await journal.NotificationsAsync(10, CancellationToken.None)).ShouldBe([fill, halt]);
        (await journal.NotificationsAsync(1, CancellationToken.None)).ShouldBe([fill]);
    }

    [Fact]
    public async Task What_waits_for_a_busy_journal_is_written_in_a_few_batches_in_publishing_order()
    {
        var journal = new NotificationOnlyJournal();
        var sent = Enumerable.Range(1, 1000).Select(i => new Notification(FakeClock.DefaultStart.AddSeconds(i), NotificationKind.TradeExecuted,
            NotificationSeverity.Info, $"fill {i}")).ToList();

        await using (var dispatcher = new NotificationDispatcher([new JournalNotifier(journal)], new RecordingLogger<NotificationDispatcher>(), TimeProvider.System,
                         new NotificationDispatcherOptions { NotifierTimeout = TimeSpan.FromSeconds(30) }))
        {
            foreach (var n in sent) dispatcher.Publish(n);
            journal.Release.SetResult();
            (await dispatcher.FlushAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
            dispatcher.Counters.ShouldBe(new NotificationCounters(1000, 1000, 0, 0));
        }

        (await journal.NotificationsAsync(1000, CancellationToken.None)).Reverse().ShouldBe(sent);
        journal.Writes.ShouldBeLessThanOrEqualTo(1 + (999 + 255) / 256, "the first write, then what waited, 256 at a time");
    }

    [Theory]
    [InlineData(NotificationSeverity.Info, LogLevel.Information)]
    [InlineData(NotificationSeverity.Warning, LogLevel.Information)]
    [InlineData(NotificationSeverity.Critical, LogLevel.Warning)]
    public async Task The_log_notifier_logs_at_the_level_of_the_severity(NotificationSeverity severity, LogLevel level)
    {
        var logger = new RecordingLogger<LogNotifier>();
        var notifier = new LogNotifier(logger);

        await notifier.NotifyAsync(new Notification(FakeClock.DefaultStart, NotificationKind.OrderRejected, severity, "rejected: price band", "krx", "005930", "o-9"),
            CancellationToken.None);

        notifier.Name.ShouldBe("log");
        logger.Lines.ShouldBe([(level, "OrderRejected: rejected: price band (market krx, instrument 005930, order o-9)", null)]);
    }

    /// <summary>Just the notification half of the session journal.</summary>
    private sealed class NotificationOnlyJournal : ISessionJournal
    {
        private readonly Lock _gate = new();
        private readonly List<Notification> _notifications = [];

        public string SessionId => "s-test";

        /// <summary>Until released, the first write waits (a busy disk).</summary>
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Writes { get; private set; }

        public Task AppendNotificationAsync(Notification notification, CancellationToken cancellationToken) => AppendNotificationsAsync([notification], cancellationToken);

        public async Task AppendNotificationsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
        {
            await Release.Task.WaitAsync(cancellationToken);
            lock (_gate)
            {
                _notifications.AddRange(notifications);
                Writes++;
            }
        }

        public Task<IReadOnlyList<Notification>> NotificationsAsync(int limit, CancellationToken cancellationToken)
        {
            lock (_gate) return Task.FromResult<IReadOnlyList<Notification>>([.. Enumerable.Reverse(_notifications).Take(limit)]);
        }

        public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask AppendFillAsync(Fill fill, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask AppendBatchAsync(IReadOnlyList<OrderSnapshot> orders, IReadOnlyList<Fill> fills, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<OrderSnapshot>> OrdersAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Fill>> FillsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task CheckpointAsync(AgentCheckpoint checkpoint, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<AgentCheckpoint?> LastCheckpointAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<EquityPoint>> EquityAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> TryMarkJobAsync(AgentJobRecord job, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AgentJobRecord>> JobsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AppendInputAsync(AgentInput input, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AgentInput>> InputsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
