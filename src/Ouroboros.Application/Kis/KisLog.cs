using Microsoft.Extensions.Logging;

namespace Ouroboros.Application.Kis;

internal static partial class Log
{
    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "No KIS HTS id is configured (Kis:HtsId): fills are found by looking orders up every few seconds, not from execution notices")]
    public static partial void NoExecutionNotices(ILogger logger);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "KIS refused the execution notices ({Reason}); fills are found by looking orders up every few seconds")]
    public static partial void NoticesRefused(ILogger logger, string reason);
}
