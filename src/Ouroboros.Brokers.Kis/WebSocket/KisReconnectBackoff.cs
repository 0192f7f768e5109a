namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// How long to wait before reconnect attempt <c>n</c> (0-based): <c>initial × 2ⁿ</c> capped at <c>max</c>, then jittered
/// down by up to half with a seeded <see cref="Random"/> so that many sessions do not reconnect in step, and so a test
/// with the same seed sees the same delays.
/// </summary>
internal sealed class KisReconnectBackoff
{
    private readonly TimeSpan initial;
    private readonly TimeSpan max;
    private readonly Random random;

    public KisReconnectBackoff(TimeSpan initial, TimeSpan max, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(initial, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, initial);
        this.initial = initial;
        this.max = max;
        random = new Random(seed);
    }

    public TimeSpan Next(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var ceiling = initial.Ticks * Math.Pow(2, Math.Min(attempt, 62));
        var capped = (long)Math.Min(ceiling, max.Ticks);
        var half = capped / 2;
        return TimeSpan.FromTicks(capped - (long)(random.NextDouble() * half));
    }
}
