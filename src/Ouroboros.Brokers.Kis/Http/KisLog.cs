using Microsoft.Extensions.Logging;

namespace Ouroboros.Brokers.Kis.Http;

/// <summary>The client's log lines. None carries a secret: keys, secrets, tokens and approval keys are never arguments.</summary>
internal static partial class KisLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "KIS: issued an access token for key {Fingerprint}, valid until {ExpiresAt:O}")]
    public static partial void TokenIssued(ILogger logger, string fingerprint, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "KIS: reusing the stored access token of key {Fingerprint}, valid until {ExpiresAt:O}")]
    public static partial void TokenReused(ILogger logger, string fingerprint, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "KIS: token issuance is limited to one a minute; waiting {Wait} before asking again")]
    public static partial void TokenWait(ILogger logger, TimeSpan wait);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "KIS: the token store failed ({Reason}); the token is kept in memory only")]
    public static partial void TokenStoreFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "KIS: the host refused the token ({Code}); it is dropped and a new one will be issued")]
    public static partial void TokenRefused(ILogger logger, string code);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "KIS: over the rate limit (EGW00201) on {TrId}; retry {Attempt} after {Delay}")]
    public static partial void RateLimitedRetry(ILogger logger, string trId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "KIS: the host does not know TR {TrId} (OPSQ0002); falling back to {Fallback}")]
    public static partial void TrFallback(ILogger logger, string trId, string fallback);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "KIS: {TrId} failed: {Kind} {Reason}")]
    public static partial void CallFailed(ILogger logger, string trId, string kind, string reason);
}
