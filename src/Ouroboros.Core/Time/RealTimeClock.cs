namespace Ouroboros.Core.Time;

/// <summary>
/// Live and paper sessions: the time is the given provider's (the machine's, in production). Slice times come from
/// the feed, so <see cref="AdvanceTo"/> cannot move anything; it refuses slices that go back in time.
/// </summary>
public sealed class RealTimeClock(TimeProvider time) : IKernelClock
{
    private DateTimeOffset _lastSlice = DateTimeOffset.MinValue;

    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    public void AdvanceTo(DateTimeOffset time)
    {
        if (time < _lastSlice)
            throw new InvalidOperationException($"Market events went back in time from {_lastSlice:O} to {time:O}.");
        _lastSlice = time;
    }
}
