using Ouroboros.Core.Events;

namespace Ouroboros.Core.Ports;

/// <summary>
/// Where the kernel reads market events from, in time order. Replay sources answer synchronously;
/// live sources are backed by a Channel that adapters write into. Same shape as ChannelReader.
/// </summary>
public interface IMarketEventSource
{
    bool TryRead(out BarEvent barEvent);

    /// <summary>False when the source is finished.</summary>
    ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken);

    /// <summary>Number of distinct timestamps, when known in advance (replay), so recorders can preallocate.</summary>
    int? ExpectedTimeSlices { get; }
}
