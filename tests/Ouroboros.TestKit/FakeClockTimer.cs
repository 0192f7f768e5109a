namespace Ouroboros.TestKit;

/// <summary>A timer of a <see cref="FakeClock"/>: it fires only when the clock is moved past its due time.</summary>
internal sealed class FakeClockTimer(FakeClock clock, TimerCallback callback, object? state) : ITimer
{
    // Guarded by the clock's lock.
    internal DateTimeOffset Due { get; set; }
    internal TimeSpan? Period { get; set; }
    internal long Order { get; set; }
    internal bool IsDisposed { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period) => clock.Schedule(this, dueTime, period);

    public void Dispose() => clock.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Fire() => callback(state);
}
