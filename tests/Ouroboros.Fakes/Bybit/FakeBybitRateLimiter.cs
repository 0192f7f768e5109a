namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// Bybit's per-UID, per-endpoint limit (external-apis.md §1.5) over fixed one-second windows of the fake's clock:
/// 10/s for order and position writes, 50/s for private reads, 600/s per IP for market data.
/// </summary>
internal sealed class FakeBybitRateLimiter
{
    private readonly Dictionary<(string Key, string Path), (long Window, int Used)> _used = [];

    /// <summary>Limits by path that tests set (e.g. 2/s on order/create to provoke 10006).</summary>
    public Dictionary<string, int> Overrides { get; } = new(StringComparer.Ordinal);

    /// <summary>One limit for every endpoint without an override (e.g. for tests whose clock stands still between steps).</summary>
    public int? Everywhere { get; set; }

    public int Refused { get; private set; }

    public int LimitOf(string path) => Overrides.TryGetValue(path, out var limit) ? limit : Everywhere ?? path switch
    {
        "/v5/order/create" or "/v5/order/cancel" or "/v5/order/amend" or "/v5/position/set-leverage" or "/v5/position/trading-stop" => 10,
        _ when path.StartsWith("/v5/market/", StringComparison.Ordinal) => 600,
        _ => 50,
    };

    /// <summary>Counts one request; false when the window's allowance is spent. Returns the headers' values either way.</summary>
    public bool TryTake(string key, string path, DateTimeOffset now, out (int Limit, int Remaining, long ResetMillis) headers)
    {
        var limit = LimitOf(path);
        var window = now.ToUnixTimeMilliseconds() / 1000;
        var (w, used) = _used.GetValueOrDefault((key, path));
        if (w != window) used = 0;
        var allowed = used < limit;
        if (allowed) used++;
        else Refused++;
        _used[(key, path)] = (window, used);
        var remaining = limit - used;
        // Not limited: the reset is "now"; spent: the end of the window.
        headers = (limit, remaining, remaining > 0 && allowed ? now.ToUnixTimeMilliseconds() : (window + 1) * 1000);
        return allowed;
    }
}
