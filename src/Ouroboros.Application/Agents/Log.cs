using Microsoft.Extensions.Logging;

namespace Ouroboros.Application.Agents;

internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Agent session {SessionId} did not stop cleanly; recovering it from the journal (restart {Restarts})")]
    public static partial void AgentRecovering(ILogger logger, string sessionId, int restarts);
}
