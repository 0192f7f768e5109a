using Microsoft.Extensions.Logging;

namespace Ouroboros.Live.Scheduling;

/// <summary>The scheduler's log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Skipped {Count} missed jobs ({Kinds}) due between {From} and {To}; they are not replayed")]
    public static partial void SkippedMissed(ILogger logger, int count, string kinds, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Catching up {Job}, missed at {At}")]
    public static partial void CatchingUp(ILogger logger, string job, DateTimeOffset at);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Job {Job} failed; the schedule goes on")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "No job of {Markets} in the next {Days} days; the scheduler stops")]
    public static partial void NothingAhead(ILogger logger, string markets, int days);
}
