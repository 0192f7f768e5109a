using System.Collections.Concurrent;

namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// The per-endpoint limits Bybit reports on every answer (<c>X-Bapi-Limit</c>, <c>X-Bapi-Limit-Status</c>,
/// <c>X-Bapi-Limit-Reset-Timestamp</c>), kept so that a request which would be refused with 10006 waits for the reset
/// instead of being sent: limits are honoured before they bite. Reset times are the server's, so they are compared with
/// the server clock.
/// </summary>
public sealed class BybitRateLimits(BybitServerClock clock)
{
    private readonly ConcurrentDictionary<string, BybitRateLimit> _byPath = new(StringComparer.Ordinal);

    /// <summary>The last limit heard for <paramref name="path"/>, or null when none was.</summary>
    public BybitRateLimit? For(string path) => _byPath.TryGetValue(path, out var limit) ? limit : null;

    public void Record(string path, BybitRateLimit limit) => _byPath[path] = limit;

    /// <summary>How long a request to <paramref name="path"/> should wait now: until the reset when nothing is left, else zero.</summary>
    public TimeSpan DelayBefore(string path)
    {
        if (For(path) is not { Remaining: <= 0 } limit) return TimeSpan.Zero;
        var wait = limit.ResetAt - DateTimeOffset.FromUnixTimeMilliseconds(clock.NowMillis());
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>Parses the three headers; null when any is absent or not a number (nothing is assumed).</summary>
    public static BybitRateLimit? Parse(string? limit, string? status, string? reset) =>
        int.TryParse(limit, System.Globalization.CultureInfo.InvariantCulture, out var l)
        && int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out var s)
        && long.TryParse(reset, System.Globalization.CultureInfo.InvariantCulture, out var r)
            ? new BybitRateLimit(l, s, DateTimeOffset.FromUnixTimeMilliseconds(r))
            : null;
}
