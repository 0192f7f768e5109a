using Ouroboros.Core.Events;
using Ouroboros.Core.Ports;

namespace Ouroboros.Core.Tests.Support;

/// <summary>A replay source over a fixed array of bar events, answered synchronously like a replay feed.</summary>
internal sealed class ArraySource(IReadOnlyList<BarEvent> events, int? expectedTimeSlices = null) : IMarketEventSource
{
    private int _next;

    public int? ExpectedTimeSlices => expectedTimeSlices;

    public bool TryRead(out BarEvent barEvent)
    {
        if (_next < events.Count)
        {
            barEvent = events[_next++];
            return true;
        }
        barEvent = default;
        return false;
    }

    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_next < events.Count);
}
