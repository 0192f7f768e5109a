using Ouroboros.Core.Agent;
using Ouroboros.Core.Notifications;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Portfolio;
using Ouroboros.Domain.Primitives;
using Ouroboros.TestKit.Storage;
using Shouldly;
using Xunit;
using static Ouroboros.TestKit.Storage.SampleAgents;

namespace Ouroboros.TestKit.Contracts;

/// <summary>The journal of one agent session: what every <see cref="ISessionJournal"/> must do. Derive one class per implementation.</summary>
public abstract class SessionJournalContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Day = new(2025, 4, 7);

    /// <summary>A store over this test's own backing data; opening again sees what was saved before (a restart).</summary>
    protected abstract Task<IAgentStore> OpenAsync(TimeProvider clock);

    private async Task<ISessionJournal> JournalAsync(string sessionId = "s-1") => (await OpenAsync(new FakeClock(T0))).OpenSession(sessionId);

    [Fact]
    public async Task A_new_session_journal_is_empty()
    {
        var journal = await JournalAsync();

        journal.SessionId.ShouldBe("s-1");
        (await journal.OrdersAsync(None)).ShouldBeEmpty();
        (await journal.FillsAsync(None)).ShouldBeEmpty();
        (await journal.LastCheckpointAsync(None)).ShouldBeNull();
        (await journal.EquityAsync(None)).ShouldBeEmpty();
        (await journal.JobsAsync(None)).ShouldBeEmpty();
        (await journal.InputsAsync(None)).ShouldBeEmpty();
        (await journal.NotificationsAsync(10, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_order_keeps_its_latest_snapshot_exactly_in_the_order_the_orders_were_created()
    {
        var journal = await JournalAsync();
        var first = LimitBuy("o-1", 10.50m, 70100.00m, T0);
        var second = CashBuy("o-2", 5000000.0m, T0.AddTicks(1));
        var third = LimitBuy("o-3", 1m, 0.0001m, T0.AddTicks(2), tag: null);
        await journal.AppendAsync(first, T0, None);
        await journal.AppendAsync(second, T0.AddTicks(1), None);
        await journal.AppendAsync(third, T0.AddTicks(2), None);

        first.MarkSubmitted();
        first.MarkAccepted(new BrokerOrderId("B-1"));
        first.ApplyFill(4.25m, 70000.00m, 1.050m);
        await journal.AppendAsync(first, T0.AddSeconds(1), None);
        second.MarkSubmitted();
        second.MarkRejected("insufficient buying power");
        await journal.AppendAsync(second, T0.AddSeconds(2), None);

        var orders = await (await JournalAsync()).OrdersAsync(None);
        orders.Select(o => o.Request.Id.Value).ShouldBe(["o-1", "o-2", "o-3"]);
        orders[0].ShouldMatchExactly(OrderSnapshot.Of(first, T0.AddSeconds(1)));
        orders[0].Status.ShouldBe(OrderStatus.PartiallyFilled);
        orders[1].ShouldMatchExactly(OrderSnapshot.Of(second, T0.AddSeconds(2)));
        orders[2].ShouldMatchExactly(OrderSnapshot.Of(third, T0.AddTicks(2)));
    }

    [Fact]
    public async Task An_order_is_stored_as_it_was_when_appended_not_as_it_became_later()
    {
        var journal = await JournalAsync();
        var order = LimitBuy("o-1", 3m, 100m, T0);

        await journal.AppendAsync(order, T0, None);
        order.MarkSubmitted();

        (await journal.OrdersAsync(None)).ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.New);
    }

    [Fact]
    public async Task Fills_read_back_exactly_in_the_order_stored_and_a_fill_written_again_changes_nothing()
    {
        var journal = await JournalAsync();
        Fill[] fills = [Fill("f-1", "o-1", 4.25m, 70000.00m, 1.050m, T0), Fill("f-2", "o-1", 6.25m, 69999.5m, 0m, T0.AddTicks(1)), Fill("f-0", "o-2", 1m, 0.0001m, 0.0000m, T0)];
        foreach (var fill in fills) await journal.AppendFillAsync(fill, None);

        var restarted = await JournalAsync();
        await restarted.AppendFillAsync(fills[0], None);
        await restarted.AppendFillAsync(Fill("f-2", "o-9", 99m, 1m, 1m, T0.AddDays(1)), None);

        var back = await restarted.FillsAsync(None);
        back.Count.ShouldBe(3);
        for (var i = 0; i < fills.Length; i++) back[i].ShouldMatchExactly(fills[i]);
    }

    [Fact]
    public async Task A_batch_upserts_its_orders_and_keeps_each_fill_once_in_one_write()
    {
        var journal = await JournalAsync();
        var first = LimitBuy("o-1", 10m, 70000m, T0);
        var second = LimitBuy("o-2", 5m, 69000m, T0.AddTicks(1));
        await journal.AppendAsync(first, T0, None);
        first.MarkSubmitted();
        Fill[] fills = [Fill("f-1", "o-1", 4m, 70000m, 1.5m, T0), Fill("f-2", "o-2", 5m, 69000m, 0m, T0)];

        await journal.AppendBatchAsync([OrderSnapshot.Of(first, T0.AddTicks(2)), OrderSnapshot.Of(second, T0.AddTicks(2))], fills, None);
        await journal.AppendBatchAsync([], [fills[0]], None);

        var orders = await journal.OrdersAsync(None);
        orders.Select(o => o.Request.Id.Value).ShouldBe(["o-1", "o-2"]);
        orders[0].Status.ShouldBe(OrderStatus.Submitted);
        orders[0].UpdatedAt.ShouldBe(T0.AddTicks(2));
        var back = await journal.FillsAsync(None);
        back.Count.ShouldBe(2);
        for (var i = 0; i < fills.Length; i++) back[i].ShouldMatchExactly(fills[i]);
    }

    [Fact]
    public async Task Sessions_never_see_each_others_journal()
    {
        var store = await OpenAsync(new FakeClock(T0));
        var mine = store.OpenSession("s-1");
        var theirs = store.OpenSession("s-2");

        await mine.AppendAsync(LimitBuy("o-1", 1m, 1m, T0), T0, None);
        await mine.AppendFillAsync(Fill("f-1", "o-1", 1m, 1m, 0m, T0), None);
        await mine.CheckpointAsync(new AgentCheckpoint(1, T0, 1m, 1m, "{}", T0), None);
        await mine.TryMarkJobAsync(new AgentJobRecord("KRX", Day, "plan", 0, T0, T0, null), None);
        await mine.AppendInputAsync(new AgentInput(0, 0, "command", T0, "{}"), None);
        await mine.AppendNotificationAsync(new Notification(T0, NotificationKind.Alert, NotificationSeverity.Info, "hello"), None);
        await theirs.AppendAsync(LimitBuy("o-1", 2m, 2m, T0), T0, None);

        (await theirs.OrdersAsync(None)).ShouldHaveSingleItem().Request.Quantity.ShouldBe(2m);
        (await theirs.FillsAsync(None)).ShouldBeEmpty();
        (await theirs.LastCheckpointAsync(None)).ShouldBeNull();
        (await theirs.TryMarkJobAsync(new AgentJobRecord("KRX", Day, "plan", 0, T0, T0, null), None)).ShouldBeTrue();
        (await theirs.InputsAsync(None)).ShouldBeEmpty();
        (await theirs.NotificationsAsync(10, None)).ShouldBeEmpty();
        (await mine.OrdersAsync(None)).ShouldHaveSingleItem().Request.Quantity.ShouldBe(1m);
    }

    [Fact]
    public async Task The_last_checkpoint_is_the_furthest_and_the_equity_is_read_from_every_checkpoint_oldest_first()
    {
        var journal = await JournalAsync();
        AgentCheckpoint[] checkpoints =
        [
            new(1, T0, 10_000_000.00m, 10_000_000.00m, "{}", T0.AddTicks(1)),
            new(3, T0.AddMinutes(2), 9_998_765.4321m, -12.3400m, """{"KRX:005930":"10"}""", T0.AddMinutes(2).AddTicks(1)),
            new(2, T0.AddMinutes(1), 10_000_001.5m, 5_000_000m, """{"KRX:005930":"5.50"}""", T0.AddMinutes(1).AddTicks(1)),
        ];
        foreach (var c in checkpoints) await journal.CheckpointAsync(c, None);

        var restarted = await JournalAsync();
        var last = (await restarted.LastCheckpointAsync(None)).ShouldNotBeNull();
        last.ShouldBe(checkpoints[1]);
        DecimalAssertions.ShouldBeExactly(last.Equity, 9_998_765.4321m);
        DecimalAssertions.ShouldBeExactly(last.Cash, -12.3400m);
        var equity = await restarted.EquityAsync(None);
        equity.ShouldBe([new EquityPoint(T0, 10_000_000.00m, 10_000_000.00m), new EquityPoint(T0.AddMinutes(1), 10_000_001.5m, 5_000_000m),
            new EquityPoint(T0.AddMinutes(2), 9_998_765.4321m, -12.3400m)]);
        DecimalAssertions.ShouldBeExactly(equity[0].Equity, 10_000_000.00m);
    }

    [Fact]
    public async Task A_job_is_marked_once_and_a_second_mark_of_the_same_run_is_refused_even_after_a_restart()
    {
        var journal = await JournalAsync();
        var plan = new AgentJobRecord("KRX", Day, "plan", 0, T0, T0.AddTicks(5), "validated");
        var rescan = new AgentJobRecord("KRX", Day, "rescan", 1, T0.AddHours(1), T0.AddHours(1), null);

        (await journal.TryMarkJobAsync(plan, None)).ShouldBeTrue();
        (await journal.TryMarkJobAsync(rescan, None)).ShouldBeTrue();
        var restarted = await JournalAsync();
        (await restarted.TryMarkJobAsync(plan with { RanAt = T0.AddDays(1), Outcome = "again" }, None)).ShouldBeFalse();
        (await restarted.TryMarkJobAsync(rescan with { Sequence = 2 }, None)).ShouldBeTrue();
        (await restarted.TryMarkJobAsync(plan with { TradingDate = Day.AddDays(1) }, None)).ShouldBeTrue();
        (await restarted.TryMarkJobAsync(plan with { Market = "NYSE" }, None)).ShouldBeTrue();

        (await restarted.JobsAsync(None)).ShouldBe([plan, rescan, rescan with { Sequence = 2 }, plan with { TradingDate = Day.AddDays(1) }, plan with { Market = "NYSE" }]);
    }

    [Fact]
    public async Task Inputs_are_read_by_sequence_whatever_order_they_were_appended_in_and_a_sequence_keeps_its_first_input()
    {
        var journal = await JournalAsync();
        var halt = new AgentInput(2, 40, "command", T0.AddMinutes(5), """{"halt":"KRX"}""");
        var bar = new AgentInput(0, 0, "bar", T0, """{"close":"70100.00"}""");
        var resume = new AgentInput(1, 12_345_678_901L, "command", T0.AddTicks(1), """{"resume":"KRX","by":"한국어"}""");

        await journal.AppendInputAsync(halt, None);
        await journal.AppendInputAsync(bar, None);
        await journal.AppendInputAsync(resume, None);
        await journal.AppendInputAsync(bar with { Payload = "{}" }, None);

        (await (await JournalAsync()).InputsAsync(None)).ShouldBe([bar, resume, halt]);
    }

    [Fact]
    public async Task Notifications_are_read_newest_first_up_to_the_limit_with_every_field()
    {
        var journal = await JournalAsync();
        Notification[] sent =
        [
            new(T0, NotificationKind.AgentStarted, NotificationSeverity.Info, "agent started"),
            new(T0.AddTicks(1), NotificationKind.TradeExecuted, NotificationSeverity.Info, "bought 10 @ 70,100", "KRX", "KRX:005930", "s-1-000001"),
            new(T0.AddSeconds(1), NotificationKind.CircuitBreaker, NotificationSeverity.Critical, "daily P&L -3.2% → HALTED", "KRX"),
            new(T0.AddSeconds(1), NotificationKind.Alert, NotificationSeverity.Warning, "feed stale for 90 s"),
        ];
        foreach (var n in sent) await journal.AppendNotificationAsync(n, None);

        var restarted = await JournalAsync();
        (await restarted.NotificationsAsync(10, None)).ShouldBe([sent[3], sent[2], sent[1], sent[0]]);
        (await restarted.NotificationsAsync(2, None)).ShouldBe([sent[3], sent[2]]);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => restarted.NotificationsAsync(0, None));
    }

    [Fact]
    public async Task Notifications_written_as_a_batch_read_back_like_single_ones_in_order()
    {
        var journal = await JournalAsync();
        var single = new Notification(T0, NotificationKind.AgentStarted, NotificationSeverity.Info, "agent started");
        Notification[] batch = [.. Enumerable.Range(1, 300).Select(i => new Notification(T0.AddSeconds(i), NotificationKind.TradeExecuted,
            NotificationSeverity.Info, $"fill {i}", "KRX", "KRX:069500", $"s-1-{i:000000}"))];
        await journal.AppendNotificationAsync(single, None);
        await journal.AppendNotificationsAsync(batch, None);
        await journal.AppendNotificationsAsync([], None);

        var read = await (await JournalAsync()).NotificationsAsync(1000, None);
        read.ShouldBe([.. batch.Reverse(), single]);
    }
}
