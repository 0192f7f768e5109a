namespace Ouroboros.Fakes.Kis;

/// <summary>
/// Per app key, a sliding one-second window on the fake's clock (§4.1): a request is admitted when fewer than the
/// limit were admitted in the second before it. Refused requests do not take a slot. Called under the server's lock.
/// </summary>
internal sealed class FakeKisRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, Queue<DateTimeOffset>> admitted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> refused = new(StringComparer.Ordinal);

    public int TotalRefused { get; private set; }

    public bool TryAdmit(string appKey, int perSecond, DateTimeOffset now)
    {
        if (!admitted.TryGetValue(appKey, out var times))
            admitted[appKey] = times = new Queue<DateTimeOffset>();
        while (times.Count > 0 && times.Peek() <= now - Window)
            times.Dequeue();
        if (times.Count >= perSecond)
        {
            refused[appKey] = refused.GetValueOrDefault(appKey) + 1;
            TotalRefused++;
            return false;
        }
        times.Enqueue(now);
        return true;
    }

    public int Refused(string appKey) => refused.GetValueOrDefault(appKey);
}
