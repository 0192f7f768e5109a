namespace Ouroboros.TestKit;

/// <summary>
/// The one fake clock of the tests: it stands still until a test moves it (<see cref="Advance"/>,
/// <see cref="SetUtcNow"/>), so nothing depends on when the test runs. Stores call it from worker threads, hence the lock.
/// Timers are not faked; code under test that needs them uses the backtest's <c>SimulatedTimeProvider</c>.
/// </summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>Where a clock made without a start stands: a plain weekday, 09:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public FakeClock()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    /// <summary>Moves the clock forward; time never runs backwards by accident.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate) _now += by;
    }

    /// <summary>Puts the clock at <paramref name="value"/> (backwards too, for tests of clock jumps).</summary>
    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate) _now = value;
    }
}
