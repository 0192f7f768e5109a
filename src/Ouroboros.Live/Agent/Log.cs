using Microsoft.Extensions.Logging;
using Ouroboros.Core.Agent;

namespace Ouroboros.Live.Agent;

internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Agent run ended: {Status} after {Slices} slices ({Skipped} journaled order writes skipped while recovering)")]
    public static partial void AgentRunEnded(ILogger logger, AgentSessionStatus status, long slices, int skipped);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Checkpoint of slice {Slice} not stored yet ({Problem}); retrying")]
    public static partial void CheckpointRetry(ILogger logger, long slice, string problem);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Intent for {Instrument} skipped: {Reason}")]
    public static partial void IntentSkipped(ILogger logger, string instrument, string reason);
}
