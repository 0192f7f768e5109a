namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// Our clock as Bybit reads it: the process's <see cref="TimeProvider"/> plus the offset last measured against
/// <c>/v5/market/time</c>. Bybit refuses a request whose timestamp is not within
/// <c>[server − recvWindow, server + 1000 ms)</c> (10002), so a drifting machine clock must be corrected, not trusted.
/// </summary>
public sealed class BybitServerClock(TimeProvider time)
{
    private long _offsetTicks;
    private int _synced;

    /// <summary>Server time minus our time, as last measured (zero until the first sync).</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public bool IsSynced => Volatile.Read(ref _synced) == 1;

    /// <summary>Now as the server would say it, in milliseconds since 1970.</summary>
    public long NowMillis() => (time.GetUtcNow() + Offset).ToUnixTimeMilliseconds();

    /// <summary>
    /// Takes the server's time, read between <paramref name="sentAt"/> and <paramref name="receivedAt"/> on our clock,
    /// as true at the midpoint of the exchange (half the round trip each way).
    /// </summary>
    public void Observe(DateTimeOffset server, DateTimeOffset sentAt, DateTimeOffset receivedAt)
    {
        var midpoint = sentAt + (receivedAt - sentAt) / 2;
        Interlocked.Exchange(ref _offsetTicks, (server - midpoint).Ticks);
        Volatile.Write(ref _synced, 1);
    }
}
