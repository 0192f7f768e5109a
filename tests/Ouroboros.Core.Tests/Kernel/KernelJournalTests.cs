using Ouroboros.Core.Ports;
using Ouroboros.Core.Tests.Support;
using Ouroboros.Domain.Orders;
using Ouroboros.Domain.Primitives;
using static Ouroboros.Core.Tests.Support.KernelHarness;

namespace Ouroboros.Core.Tests.Kernel;

/// <summary>An order reaches the broker only after its journal write completed; slow writes never reorder or get lost.</summary>
public sealed class KernelJournalTests
{
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private readonly KernelHarness _kernel = new();

    [Fact]
    public async Task An_order_never_reaches_the_broker_before_its_journal_write_completes()
    {
        var journal = new GatedJournal();
        var journaledAtSubmit = new List<bool>();
        _kernel.Broker.OnSubmit = r => journaledAtSubmit.Add(journal.Completed(r.Id) >= 2);
        _kernel.Bar(0, Day1, 50m).Bar(0, Day2, 51m);
        _kernel.Strategy.At(Day1, _ => Intent(A));

        var run = _kernel.RunAsync(_kernel.Setup() with { OrderJournal = journal });
        await journal.FirstWriteStarted.Task;

        // The kernel is parked on the journal: the write has started, the broker has heard nothing.
        run.IsCompleted.ShouldBeFalse();
        _kernel.Broker.Submitted.ShouldBeEmpty();
        journal.Release.SetResult();
        var result = await run;

        journaledAtSubmit.ShouldBe([true]);
        result.Orders.ShouldHaveSingleItem().Status.ShouldBe(OrderStatus.Accepted);
    }

    [Fact]
    public async Task Journal_writes_that_complete_later_give_the_same_run_and_all_complete_before_it_ends()
    {
        var slow = new YieldingJournal();
        var fast = new KernelHarness();
        foreach (var k in new[] { _kernel, fast })
        {
            k.Broker.FillAtNextOpen = true;
            k.Bar(0, Day1, 50m).Bar(0, Day2, 51m).Bar(0, Day2.AddDays(1), 52m);
            k.Strategy.At(Day1, _ => Intent(A)).At(Day2, _ => Intent(A, Domain.Intents.IntentAction.Close, time: Day2));
        }

        var slowResult = await _kernel.RunAsync(_kernel.Setup() with { OrderJournal = slow });
        var fastResult = await fast.RunAsync();

        slowResult.Fills.ShouldBe(fastResult.Fills);
        slowResult.Equity.ShouldBe(fastResult.Equity);
        slow.Statuses.ShouldBe(fast.Journal.Snapshots.Select(s => s.Status));
        slow.Pending.ShouldBe(0);
    }

    /// <summary>Every write waits for <see cref="Release"/>; counts completed writes per order.</summary>
    private sealed class GatedJournal : IOrderJournal
    {
        private readonly Dictionary<ClientOrderId, int> _completed = [];
        private readonly Lock _lock = new();

        public TaskCompletionSource FirstWriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Completed(ClientOrderId id)
        {
            lock (_lock) return _completed.GetValueOrDefault(id);
        }

        public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
        {
            FirstWriteStarted.TrySetResult();
            return new ValueTask(CompleteAsync(order.Request.Id));
        }

        private async Task CompleteAsync(ClientOrderId id)
        {
            await Release.Task;
            lock (_lock) _completed[id] = _completed.GetValueOrDefault(id) + 1;
        }
    }

    /// <summary>Completes every write asynchronously, after taking its snapshot synchronously (as the port requires).</summary>
    private sealed class YieldingJournal : IOrderJournal
    {
        private int _pending;
        public List<OrderStatus> Statuses { get; } = [];
        public int Pending => Volatile.Read(ref _pending);

        public ValueTask AppendAsync(Order order, DateTimeOffset time, CancellationToken cancellationToken)
        {
            Statuses.Add(order.Status);
            Interlocked.Increment(ref _pending);
            return new ValueTask(WriteAsync());
        }

        private async Task WriteAsync()
        {
            await Task.Yield();
            Interlocked.Decrement(ref _pending);
        }
    }
}
