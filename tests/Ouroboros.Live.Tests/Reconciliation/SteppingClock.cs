namespace Ouroboros.Live.Tests.Reconciliation;

/// <summary>
/// A machine clock that moves one second at every reading, so "reconcile every tick" means every slice on any machine,
/// however fast or loaded, and two runs of a session reconcile at the very same slices. Timers are the system's.
/// </summary>
internal sealed class SteppingClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch.AddTicks(Interlocked.Read(ref _ticks));
}
