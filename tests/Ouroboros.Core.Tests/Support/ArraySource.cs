using Ouroboros.Core.Inbox;

namespace Ouroboros.Core.Tests.Support;

/// <summary>A replay inbox over a fixed array of events, answered synchronously like a replay feed.</summary>
internal sealed class ArraySource(IReadOnlyList<KernelEvent> events, int? expectedTimeSlices = null) : IKernelInbox
{
    private int _next;

    public int? ExpectedTimeSlices => expectedTimeSlices;

    public bool TryRead(out KernelEvent kernelEvent)
    {
        if (_next < events.Count)
        {
            kernelEvent = events[_next++];
            return true;
        }
        kernelEvent = default;
        return false;
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_next < events.Count);
}
