using System.Globalization;

namespace Ouroboros.Ai.Providers;

/// <summary>
/// The delay a provider asked for: <c>retry-after-ms</c> (milliseconds), <c>Retry-After</c> (seconds or an HTTP
/// date, read against the injected clock) and Google's <c>retryDelay</c> duration ("27s", "3.700s").
/// Unreadable or negative values are null: a guess is worse than the router's own backoff.
/// </summary>
internal static class RetryAfterParser
{
    public static TimeSpan? FromHeaders(string? retryAfterMs, string? retryAfter, TimeProvider clock)
    {
        if (double.TryParse(retryAfterMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 && ms < 1e10)
            return TimeSpan.FromMilliseconds(ms);
        if (string.IsNullOrWhiteSpace(retryAfter))
            return null;
        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 && seconds < 1e7 ? TimeSpan.FromSeconds(seconds) : null;
        if (DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            var wait = at - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    public static TimeSpan? ParseGoogleDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = text.Trim();
        if (t.EndsWith('s'))
            t = t[..^1];
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < 1e7
            ? TimeSpan.FromSeconds(s)
            : null;
    }
}
