using Microsoft.Extensions.Logging;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>The client's log lines. None carries a secret: keys, secrets and signatures are never arguments.</summary>
internal static partial class BybitLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Bybit: server clock is {Offset} ahead of ours")]
    public static partial void ClockSynced(ILogger logger, TimeSpan offset);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Bybit: {Path} was outside the receive window (10002); resyncing the clock and retrying once")]
    public static partial void TimestampResync(ILogger logger, string path);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Bybit: over the rate limit (10006) on {Path}; retry {Attempt} after {Delay}")]
    public static partial void RateLimitedRetry(ILogger logger, string path, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Bybit: {Path} has no requests left until its window resets; waiting {Delay}")]
    public static partial void WaitingForLimit(ILogger logger, string path, TimeSpan delay);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Bybit: {Path} failed: {Kind} {Reason}")]
    public static partial void CallFailed(ILogger logger, string path, string kind, string reason);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Bybit: looking up order {OrderLinkId} failed ({Reason}); it is looked up again later")]
    public static partial void LookupFailed(ILogger logger, string orderLinkId, string reason);
}
