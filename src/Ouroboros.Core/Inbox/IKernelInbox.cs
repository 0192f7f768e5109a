namespace Ouroboros.Core.Inbox;

/// <summary>
/// The kernel's only input: one ordered stream of market data, execution reports, timers and operator commands.
/// Same shape as <see cref="System.Threading.Channels.ChannelReader{T}"/>: a replay answers synchronously
/// (<see cref="WaitToReadAsync"/> completes at once), a live inbox is a channel that adapters write into.
/// <para>
/// Ordering rule (what makes a run deterministic whatever order adapters deliver in):
/// <list type="number">
/// <item>Bars with the same time form one time slice. A slice's bars reach the venue and the strategy in instrument
/// index order, whatever order they arrived in (the kernel sorts the small slice buffer; already sorted costs one
/// comparison per bar). At most one bar per instrument per slice; times never go back.</item>
/// <item>A bar with a later time closes the open slice (strategy, intents, equity mark) before it opens the next.</item>
/// <item>Any other event first closes the open slice, then is applied, in arrival order.</item>
/// <item>A <see cref="TimerKind.SliceClose"/> timer closes the open slice explicitly: a live feed cannot wait for the
/// next bar to learn that a slice is complete.</item>
/// </list>
/// </para>
/// </summary>
public interface IKernelInbox
{
    bool TryRead(out KernelEvent kernelEvent);

    /// <summary>False when the inbox is finished and drained.</summary>
    ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken);

    /// <summary>Number of distinct bar times, when known in advance (replay), so recorders can preallocate.</summary>
    int? ExpectedTimeSlices { get; }
}
